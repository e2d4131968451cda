package org.wteval.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A country toolkit resolved over its base: every parameter by key, in key order so that reports are stable.
 *
 * @param id the country toolkit id, e.g. {@code vn}
 * @param layers the files applied, base first (e.g. {@code [base, vn]})
 * @param date the day the dated versions were chosen for (YYYY-MM-DD), or {@code null} when none was given and each
 *     layer's latest version applies
 * @param versions the dated versions applied, base first; empty when no layer has versions
 * @param uncertainty the {@code uncertainty} blocks of the layers that declare one, base first
 */
public record Toolkit(String id, String name, List<String> layers, SortedMap<String, Param> params, String date,
                      List<ToolkitVersion> versions, List<UncertaintyBlock.Layer> uncertainty) {

    public Toolkit {
        layers = List.copyOf(layers);
        params = Collections.unmodifiableSortedMap(new TreeMap<>(params));
        versions = List.copyOf(versions);
        uncertainty = List.copyOf(uncertainty);
    }

    /** A toolkit whose layers declare no uncertainty. */
    public Toolkit(String id, String name, List<String> layers, SortedMap<String, Param> params, String date,
                   List<ToolkitVersion> versions) {
        this(id, name, layers, params, date, versions, List.of());
    }

    /** A toolkit whose layers have no dated versions. */
    public Toolkit(String id, String name, List<String> layers, SortedMap<String, Param> params) {
        this(id, name, layers, params, null, List.of());
    }

    /**
     * How reports name the toolkit as applied: its id, with the dated versions in force when there are any
     * ({@code id@2025-10-10}).
     */
    public String label() {
        return versions.isEmpty() ? id : id + "@" + versions.get(versions.size() - 1).effective();
    }

    /** The layers base first, each with its version where it has one: {@code base > id@2025-10-10}. */
    public String chain() {
        List<String> out = new ArrayList<>();
        for (String layer : layers) {
            String label = layer;
            for (ToolkitVersion v : versions) {
                if (v.layer().equals(layer)) {
                    label = v.label();
                }
            }
            out.add(label);
        }
        return String.join(" > ", out);
    }

    /** The file of toolkit layer {@code layer}, as problems and explanations name it. */
    public static String layerFile(String layer) {
        return "toolkits/" + layer + ".yaml";
    }

    /** The file of the layer that set parameter {@code key} (the base file when no country file overrides it). */
    public String fileOf(String key) {
        return layerFile(param(key).layer());
    }

    public Param param(String key) {
        Param p = params.get(key);
        if (p == null) {
            throw new IllegalStateException("toolkit " + id + " has no parameter " + key);
        }
        return p;
    }

    public double number(String key) {
        return param(key).number();
    }

    public String text(String key) {
        return param(key).text();
    }

    public boolean has(String key) {
        return params.containsKey(key);
    }

    /** Parameters whose key starts with {@code prefix + "."}, keyed by the remainder. */
    public SortedMap<String, Param> section(String prefix) {
        SortedMap<String, Param> out = new TreeMap<>();
        String p = prefix + ".";
        for (Map.Entry<String, Param> e : params.subMap(p, p + Character.MAX_VALUE).entrySet()) {
            out.put(e.getKey().substring(p.length()), e.getValue());
        }
        return out;
    }
}
