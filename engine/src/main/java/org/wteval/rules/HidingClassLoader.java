package org.wteval.rules;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;

/**
 * The engine's classes without the precompiled rule classes: neither loading a class nor reading its bytes (as the
 * rule compiler does) finds them. Rules compiled from source see the engine through this loader.
 */
final class HidingClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final Set<String> hidden;

    /** @param hidden binary names of the classes to hide */
    HidingClassLoader(ClassLoader engine, Set<String> hidden) {
        super("rules-without-precompiled", engine);
        this.hidden = Set.copyOf(hidden);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (hidden.contains(name)) {
            throw new ClassNotFoundException(name);
        }
        return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
        return isHidden(name) ? null : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return isHidden(name) ? Collections.emptyEnumeration() : super.getResources(name);
    }

    private boolean isHidden(String resource) {
        return resource.endsWith(".class")
                && hidden.contains(resource.substring(0, resource.length() - ".class".length()).replace('/', '.'));
    }
}
