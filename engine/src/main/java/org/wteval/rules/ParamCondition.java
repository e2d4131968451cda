package org.wteval.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A toolkit parameter a rule's conditions match ({@code Param(key == "tariff.type", value == "fixed")}), read from
 * the rule's DRL text so that two toolkits can be compared by the rules each lets fire, without a case.
 *
 * @param key the parameter's key
 * @param value the value the rule requires, as text ({@code fixed}, {@code true}), or {@code null} when it only needs
 *     the parameter (and reads its value)
 */
public record ParamCondition(String key, String value) {

    private static final Pattern PARAM = Pattern.compile(
            "Param\\(\\s*key\\s*==\\s*\"([^\"]+)\"(?:\\s*,\\s*value\\s*==\\s*(\"[^\"]*\"|true|false))?");

    /** The parameters matched in the text of rule {@code id} within {@code drl}, or none when it is not there. */
    static List<ParamCondition> of(String drl, String id) {
        int start = drl.indexOf("rule \"" + id + "\"");
        if (start < 0) {
            return List.of();
        }
        Matcher end = Pattern.compile("(?m)^end\\s*$").matcher(drl);
        String text = end.find(start) ? drl.substring(start, end.start()) : drl.substring(start);
        List<ParamCondition> out = new ArrayList<>();
        Matcher m = PARAM.matcher(text);
        while (m.find()) {
            String v = m.group(2);
            out.add(new ParamCondition(m.group(1), v == null ? null : v.replaceAll("^\"|\"$", "")));
        }
        return out;
    }
}
