package dev.hindsight.testing;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Mounts file systems for tests of what a build does with them. Mounting needs root (or a user
 * namespace), so each call says whether it worked and tests skip themselves where it did not.
 */
public final class Mounts {

    private Mounts() {
    }

    /** {@code mount --bind folder at}: the folder appears a second time, at {@code at}. */
    public static boolean bind(Path folder, Path at) {
        return run("mount", "--bind", folder.toString(), at.toString());
    }

    /** A file system in memory of the given size, such as {@code 2m}, so that a test can fill it. */
    public static boolean tmpfs(Path at, String size) {
        return run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", at.toString());
    }

    public static void unmount(Path at) {
        run("umount", at.toString());
    }

    private static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
