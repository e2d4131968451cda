package org.wteval.robust;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one task per thread on a pool made for the run and closed after it, and gives back the tasks' results in
 * their order, so that what the caller merges does not depend on which thread finished first. One task runs on the
 * caller's thread. A task's failure is rethrown with the run's name.
 */
final class Workers {

    private Workers() {
    }

    static <T> List<T> run(List<? extends Callable<T>> tasks, String name) {
        if (tasks.size() == 1) {
            try {
                List<T> out = new ArrayList<>(1);
                // A task may have nothing to return (null), which List.of would refuse.
                out.add(tasks.get(0).call());
                return out;
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(name + " run failed", e);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size(), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        try {
            List<T> out = new ArrayList<>(tasks.size());
            for (Future<T> f : pool.invokeAll(tasks)) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " run interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(name + " run failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
