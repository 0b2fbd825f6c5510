/*
 * Draws each chart of the dashboard from the table beside it, so that the chart and the table always show the same
 * figures and the table stays the accessible form (the chart is aria-hidden). A suppressed figure has no value: its bar
 * is not drawn, and its place on the axis carries the page's mark for it (for example "< 8"), never a zero.
 *
 * Markup: <figure data-chart="bars" data-suppressed-mark="< 8"> ... <div data-chart-canvas aria-hidden="true"></div>
 * <table> rows <tr data-value="15"> (or data-suppressed="true") with the label in the row's <th>.
 * After drawing, the figure states data-drawn-bars and data-marked-suppressed (what the browser tests check).
 */
(function () {
    'use strict';

    function rowsOf(table) {
        return Array.from(table.tBodies[0].rows).map(function (row) {
            var suppressed = row.dataset.suppressed === 'true';
            return {
                label: row.cells[0].textContent.trim(),
                value: suppressed || row.dataset.value === undefined ? null : Number(row.dataset.value),
                suppressed: suppressed
            };
        });
    }

    function shortLabel(text) {
        return text.length > 16 ? text.slice(0, 15) + '…' : text;
    }

    function draw(figure) {
        var canvas = figure.querySelector('[data-chart-canvas]');
        var table = figure.querySelector('table');
        if (!canvas || !table || canvas.dataset.drawn === 'true') {
            return;
        }
        var rows = rowsOf(table);
        var xs = rows.map(function (_, i) { return i; });
        var ys = rows.map(function (row) { return row.value; });
        var mark = figure.dataset.suppressedMark || '';
        var max = Math.max.apply(null, ys.filter(function (y) { return y !== null; }).concat([1]));
        var scale = figure.dataset.scaleMax ? Number(figure.dataset.scaleMax) : max * 1.15;
        var ratio = window.devicePixelRatio || 1;
        var options = {
            width: Math.max(canvas.clientWidth || 0, 320),
            height: 240,
            legend: {show: false},
            cursor: {show: false},
            scales: {
                x: {time: false, range: [-0.5, rows.length - 0.5]},
                y: {range: [0, scale]}
            },
            axes: [
                {
                    splits: function () { return xs; },
                    values: function (u, splits) { return splits.map(function (i) { return rows[i] ? shortLabel(rows[i].label) : ''; }); },
                    rotate: rows.length > 4 ? -30 : 0,
                    size: rows.length > 4 ? 80 : 40,
                    grid: {show: false},
                    stroke: '#1a1a1a'
                },
                {stroke: '#1a1a1a', grid: {stroke: '#d9d9d9'}}
            ],
            series: [
                {},
                {
                    label: figure.querySelector('figcaption') ? figure.querySelector('figcaption').textContent.trim() : '',
                    fill: '#1f5fa8',
                    stroke: '#1f5fa8',
                    points: {show: false},
                    paths: uPlot.paths.bars({size: [0.6, 64]})
                }
            ],
            hooks: {
                draw: [function (u) {
                    var ctx = u.ctx;
                    ctx.save();
                    ctx.fillStyle = '#1a1a1a';
                    ctx.font = (12 * ratio) + 'px sans-serif';
                    ctx.textAlign = 'center';
                    rows.forEach(function (row, i) {
                        if (row.suppressed) {
                            ctx.fillText(mark, u.valToPos(i, 'x', true), u.valToPos(0, 'y', true) - 6 * ratio);
                        }
                    });
                    ctx.restore();
                }]
            }
        };
        new uPlot(options, [xs, ys], canvas);
        canvas.dataset.drawn = 'true';
        figure.dataset.drawnBars = String(rows.filter(function (row) { return !row.suppressed && row.value !== null; }).length);
        figure.dataset.markedSuppressed = String(rows.filter(function (row) { return row.suppressed; }).length);
    }

    function drawAll(root) {
        (root || document).querySelectorAll('figure[data-chart="bars"]').forEach(draw);
    }

    document.addEventListener('DOMContentLoaded', function () { drawAll(document); });
    // Parts of the page that htmx swaps in are drawn too.
    document.addEventListener('htmx:afterSettle', function (event) { drawAll(event.target); });
})();
