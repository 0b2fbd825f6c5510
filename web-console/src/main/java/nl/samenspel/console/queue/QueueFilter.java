package nl.samenspel.console.queue;

import nl.samenspel.console.api.CaseView;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The coordinator's choices on the work queue page: which section, which cases (each filter empty means any), in
 * which order and which page. All of it is in the page's address, so a view can be bookmarked or saved as a quick link.
 *
 * @param section      a section of the queue, e.g. {@code NEW}
 * @param municipality a municipality code
 * @param urgency      LOW, NORMAL or HIGH
 * @param lifeDomain   a life domain the case touches
 * @param targetGroup  a target group of the resident
 * @param organisation the organisation the case is offered to, owned by, or handed over to
 * @param notAssigned  only cases without an owning supporter
 * @param sort         {@code opened} (oldest first) or {@code deadline} (soonest first)
 * @param page         0-based page of {@link #PAGE_SIZE} rows
 */
public record QueueFilter(String section, String municipality, String urgency, String lifeDomain, String targetGroup,
                          String organisation, Boolean notAssigned, String sort, Integer page) {

    public static final int PAGE_SIZE = 20;

    public QueueFilter {
        section = section == null || section.isBlank() ? "NEW" : section;
        sort = "deadline".equals(sort) ? "deadline" : "opened";
        notAssigned = Boolean.TRUE.equals(notAssigned);
        page = page == null ? 0 : Math.max(page, 0);
    }

    public List<CaseView> apply(List<CaseView> cases) {
        return cases.stream().filter(matches()).sorted(order()).toList();
    }

    public Predicate<CaseView> matches() {
        return c -> (blank(municipality) || municipality.equals(c.municipalityCode()))
                && (blank(urgency) || urgency.equals(c.urgency()))
                && (blank(lifeDomain) || c.lifeDomains().contains(lifeDomain))
                && (blank(targetGroup) || c.targetGroups().contains(targetGroup))
                && (blank(organisation) || organisation.equals(c.offeredOrganisationId())
                    || organisation.equals(c.ownerOrganisationId()) || organisation.equals(c.handoverToOrganisationId()))
                && (!notAssigned || c.ownerSupporterId() == null);
    }

    private Comparator<CaseView> order() {
        Comparator<CaseView> opened = Comparator.comparing(CaseView::openedAt, Comparator.nullsLast(Comparator.naturalOrder()));
        return "deadline".equals(sort)
                ? Comparator.comparing(CaseView::deadline, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(opened)
                : opened;
    }

    /** The rows of this page. */
    public List<CaseView> page(List<CaseView> filtered) {
        int from = Math.min(page * PAGE_SIZE, filtered.size());
        return filtered.subList(from, Math.min(from + PAGE_SIZE, filtered.size()));
    }

    public boolean hasNext(List<CaseView> filtered) {
        return (page + 1) * PAGE_SIZE < filtered.size();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
