package dev.hindsight.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The file systems mounted when it was read. A folder's device number alone does not tell a bind
 * mount ({@code mount --bind ~/notes site/mnt}) from the folder it is in, as both are on one device,
 * so on Linux the mount points come from {@code /proc/self/mountinfo}; elsewhere the device number
 * is all there is.
 */
final class MountTable implements FileSystemOf {

    private static final Path MOUNT_INFO = Path.of("/proc/self/mountinfo");

    /** The innermost mount point holding a folder (null where unknown), and the folder's device. */
    private record Key(Path mountPoint, Object device) {
    }

    private final Set<Path> mountPoints;

    private MountTable(Set<Path> mountPoints) {
        this.mountPoints = Set.copyOf(mountPoints);
    }

    /** The mounts as they are now. */
    static MountTable read() throws IOException {
        Set<Path> points = new HashSet<>();
        if (Files.isReadable(MOUNT_INFO)) {
            for (String line : Files.readAllLines(MOUNT_INFO)) {
                // Fields: mount id, parent id, major:minor, root, mount point, ... (see proc(5)).
                String[] fields = line.split(" ");
                if (fields.length > 4) {
                    points.add(Path.of(unescape(fields[4])));
                }
            }
        }
        return new MountTable(points);
    }

    @Override
    public Object of(Path dir) throws IOException {
        return new Key(mountPointOf(dir.toAbsolutePath()), device(dir));
    }

    private Path mountPointOf(Path dir) {
        for (Path at = dir; at != null; at = at.getParent()) {
            if (mountPoints.contains(at)) {
                return at;
            }
        }
        return null;
    }

    private static Object device(Path dir) throws IOException {
        try {
            return Files.getAttribute(dir, "unix:dev", LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return Files.getFileStore(dir);
        }
    }

    /** The kernel writes a space, tab, newline or backslash in a path as three octal digits: {@code \040}. */
    static String unescape(String field) {
        StringBuilder path = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 3 < field.length() && isOctal(field.substring(i + 1, i + 4))) {
                path.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                path.append(c);
            }
        }
        return path.toString();
    }

    private static boolean isOctal(String digits) {
        return digits.chars().allMatch(d -> d >= '0' && d <= '7');
    }
}
