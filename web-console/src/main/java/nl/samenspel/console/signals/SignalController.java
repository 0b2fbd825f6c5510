package nl.samenspel.console.signals;

import nl.samenspel.console.api.SignallingApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The signals the person's organisation filed (the API lists only those), and one with the municipality's answer. */
@Controller
class SignalController {

    private final SignallingApi signalling;

    SignalController(SignallingApi signalling) {
        this.signalling = signalling;
    }

    @GetMapping("/signals")
    String signals(Model model) {
        model.addAttribute("signals", signalling.signals());
        return "signals";
    }

    @GetMapping("/signals/{id}")
    String signal(@PathVariable String id, Model model) {
        model.addAttribute("signal", signalling.signal(id));
        return "signal";
    }
}
