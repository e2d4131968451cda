package org.wteval.rules;

import java.util.Map;

/**
 * The classes of one freshly compiled rule module, defined from their bytes. They come before the parent's: a
 * class of the module is always the module's own, whatever the parent holds under the same name.
 */
final class ModuleClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> classes;

    /** @param classes class file bytes by path ({@code rules/jcm/Rules….class}) */
    ModuleClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
        super("compiled-rules", parent);
        this.classes = Map.copyOf(classes);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        byte[] bytes = classes.get(name.replace('.', '/') + ".class");
        if (bytes == null) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                c = defineClass(name, bytes, 0, bytes.length);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }
}
