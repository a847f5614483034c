package org.munacademy.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * CPU time of the processes that listen on a TCP port, from Linux's /proc: the listening socket's inode from
 * /proc/net/tcp{,6}, the processes holding it from /proc/PID/fd, and their user + system time (all threads) from
 * /proc/PID/stat in clock ticks. Used by the benchmarks to split the CPU cost of a call between the application
 * server and the database on the same machine. Empty where /proc is missing (not Linux) or the port has no listener
 * visible to this user.
 */
final class ProcCpu {

    /** USER_HZ: the unit of /proc/PID/stat's times; 100 on every Linux architecture Java runs on here. */
    static final long TICKS_PER_SECOND = Long.getLong("bench.clk.tck", 100);

    private final List<Long> pids;
    private final String label;

    private ProcCpu(List<Long> pids, String label) {
        this.pids = pids;
        this.label = label;
    }

    /** The processes listening on the port (empty list when none is found). */
    static ProcCpu listeningOn(int port) {
        List<Long> inodes = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length < 10 || !f[3].equals("0A")) {
                        continue;
                    }
                    String local = f[1];
                    int p = Integer.parseInt(local.substring(local.lastIndexOf(':') + 1), 16);
                    if (p == port) {
                        inodes.add(Long.parseLong(f[9]));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // no such table (no IPv6, not Linux): nothing from it
            }
        }
        List<Long> pids = new ArrayList<>();
        if (!inodes.isEmpty()) {
            try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
                for (Path proc : procs) {
                    if (holdsAny(proc, inodes)) {
                        pids.add(Long.parseLong(proc.getFileName().toString()));
                    }
                }
            } catch (IOException e) {
                // /proc unreadable: no processes
            }
        }
        return new ProcCpu(pids, "port " + port);
    }

    private static boolean holdsAny(Path proc, List<Long> inodes) {
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(proc.resolve("fd"))) {
            for (Path fd : fds) {
                String target = Files.readSymbolicLink(fd).toString();
                if (target.startsWith("socket:[")) {
                    long inode = Long.parseLong(target.substring(8, target.length() - 1));
                    if (inodes.contains(inode)) {
                        return true;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // a process that ended or that we may not read
        }
        return false;
    }

    boolean found() {
        return !pids.isEmpty();
    }

    String describe() {
        return pids.isEmpty() ? label + ": no process found" : label + ": pid " + pids;
    }

    /** User + system CPU time of all the processes, in milliseconds; empty when none is found or one ended. */
    OptionalLong millis() {
        if (pids.isEmpty()) {
            return OptionalLong.empty();
        }
        long ticks = 0;
        for (long pid : pids) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                // the command name in parentheses may hold spaces: fields are counted after the last ')'
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
                ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
            } catch (IOException | RuntimeException e) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(ticks * 1000 / TICKS_PER_SECOND);
    }

    /** "x.xx ms CPU per call" for a difference of {@link #millis()} over a number of calls, or "n/a". */
    static String perCall(OptionalLong before, OptionalLong after, long calls) {
        if (before.isEmpty() || after.isEmpty() || calls == 0) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%.3f", (after.getAsLong() - before.getAsLong()) / (double) calls);
    }
}
