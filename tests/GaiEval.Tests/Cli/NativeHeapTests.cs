namespace GaiEval.Tests.Cli;

using System.Globalization;
using System.Runtime.InteropServices;
using GaiEval.Cli;

public sealed class NativeHeapTests
{
    private const int Blocks = 2048;
    private const int BlockBytes = 16 * 1024;

    [SkippableFact]
    public void Trim_gives_back_native_memory_freed_below_a_block_still_in_use()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "glibc's malloc_trim and /proc are Linux's");
        long freedKb = 0;
        long afterTrimKb = 0;
        // On a thread of its own, so that the blocks come from one arena; the last block stays allocated, so that malloc
        // cannot give the 32 MB back by itself when they are freed (it only shrinks an arena from its top).
        var thread = new Thread(() =>
        {
            IntPtr[] blocks = [.. Enumerable.Range(0, Blocks).Select(_ => Touched(Marshal.AllocHGlobal(BlockBytes)))];
            foreach (IntPtr block in blocks[..^1])
            {
                Marshal.FreeHGlobal(block);
            }

            freedKb = ResidentAnonymousKb();
            NativeHeap.Trim();
            afterTrimKb = ResidentAnonymousKb();
            Marshal.FreeHGlobal(blocks[^1]);
        });
        thread.Start();
        thread.Join();

        long givenBackKb = freedKb - afterTrimKb;
        Assert.True(givenBackKb >= Blocks * BlockBytes / 1024 / 2, $"gave back {givenBackKb} KiB of the {Blocks * BlockBytes / 1024} KiB freed");
    }

    private static IntPtr Touched(IntPtr block)
    {
        for (int offset = 0; offset < BlockBytes; offset += 4096)
        {
            Marshal.WriteByte(block, offset, 1);
        }

        return block;
    }

    private static long ResidentAnonymousKb()
    {
        string line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("RssAnon:", StringComparison.Ordinal));
        return long.Parse(line["RssAnon:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
