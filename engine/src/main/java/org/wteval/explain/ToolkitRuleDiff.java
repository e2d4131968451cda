package org.wteval.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.wteval.model.Param;
import org.wteval.model.Toolkit;
import org.wteval.rules.ParamCondition;
import org.wteval.rules.RuleInfo;

/**
 * The rules two toolkits (or one toolkit on two dates) set apart, without a case: those only one toolkit lets fire,
 * because only it has a parameter they match or the value they require (a planning rule deciding a tariff type,
 * a gate on a fee cap), and those both let fire but with a parameter they read set differently.
 */
public final class ToolkitRuleDiff {

    private ToolkitRuleDiff() {
    }

    public static String render(List<RuleInfo> rules, Toolkit a, Toolkit b) {
        List<String> onlyA = new ArrayList<>();
        List<String> onlyB = new ArrayList<>();
        List<String> differ = new ArrayList<>();
        for (RuleInfo r : rules) {
            boolean inA = r.appliesUnder(a.params());
            boolean inB = r.appliesUnder(b.params());
            if (inA && !inB) {
                onlyA.add(line(r));
            } else if (inB && !inA) {
                onlyB.add(line(r));
            } else if (inA) {
                List<String> keys = new ArrayList<>();
                for (ParamCondition c : r.params()) {
                    Param x = a.params().get(c.key());
                    Param y = b.params().get(c.key());
                    if (!Objects.equals(x.value(), y.value()) && !keys.contains(c.key())) {
                        keys.add(c.key());
                    }
                }
                if (!keys.isEmpty()) {
                    differ.add("  " + r.id() + " reads " + String.join(", ", keys));
                }
            }
        }
        StringBuilder s = new StringBuilder();
        section(s, "\nRules that apply only under " + a.label() + ":\n", onlyA);
        section(s, "\nRules that apply only under " + b.label() + ":\n", onlyB);
        section(s, "\nRules that apply under both but read a parameter that differs:\n", differ);
        return s.toString();
    }

    private static String line(RuleInfo r) {
        return "  " + r.id() + " (" + r.stage() + ", " + r.severity() + "): " + r.clause();
    }

    private static void section(StringBuilder s, String title, List<String> lines) {
        s.append(title);
        if (lines.isEmpty()) {
            s.append("  none\n");
        }
        lines.forEach(l -> s.append(l).append('\n'));
    }
}
