namespace GaiEval.Benchmarks;

using System.Globalization;
using System.Text;
using GaiEval.Core.Model;

/// <summary>
/// Writes an invented usage log in the canonical layout, the same for the same seed: requests from <see cref="Users"/>
/// staff in <see cref="Departments"/> departments over 90 days, every 50th from the evaluation harness, some with feedback.
/// </summary>
public static class UsageLogGenerator
{
    public const int Users = 400;

    public const int Departments = 12;

    public const string Header = "timestamp,user,department,input_tokens,output_tokens,model,use,feedback,source";

    private static readonly string[] Models = ["gpt-4.1", "gpt-4.1-mini"];

    public static void Write(string path, int rows, int seed = 20261001)
    {
        var random = new Random(seed);
        var start = new DateTimeOffset(2026, 10, 1, 8, 0, 0, TimeSpan.FromHours(9));
        double secondsPerRow = 90.0 * 24 * 3600 / rows;
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
        writer.WriteLine(Header);
        for (int i = 0; i < rows; i++)
        {
            DateTimeOffset timestamp = start.AddSeconds(i * secondsPerRow);
            string time = timestamp.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            if (i % 50 == 0)
            {
                writer.WriteLine($"{time},gaieval,,120,80,{Models[0]},,,harness");
                continue;
            }

            int user = random.Next(Users);
            string feedback = random.Next(20) switch
            {
                0 => "bad",
                1 or 2 => "good",
                _ => string.Empty,
            };
            writer.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{time},E{10000 + user},部署{(user % Departments) + 1:00},{random.Next(50, 8000)},{random.Next(20, 2000)},{Models[user % 2]},{ItemUses.All[random.Next(ItemUses.All.Count)]},{feedback},user"));
        }
    }
}
