package dev.hindsight.publish;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Mount points are read from /proc/self/mountinfo, where the kernel escapes some characters of a path. */
class MountTableTest {

    @Test
    void turnsTheKernelsOctalEscapesBackIntoCharacters() {
        assertEquals("/media/usb disk", MountTable.unescape("/media/usb\\040disk"));
        assertEquals("/mnt/a\tb\nc\\d", MountTable.unescape("/mnt/a\\011b\\012c\\134d"));
    }

    @Test
    void leavesABackslashThatStartsNoEscapeAsItIs() {
        assertEquals("/mnt/a\\9b", MountTable.unescape("/mnt/a\\9b"));
        assertEquals("/mnt/end\\04", MountTable.unescape("/mnt/end\\04"));
        assertEquals("\\040", MountTable.unescape("\\134040"));
    }
}
