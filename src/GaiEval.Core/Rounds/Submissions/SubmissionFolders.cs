namespace GaiEval.Core.Rounds.Submissions;

using GaiEval.Core.Inputs;
using GaiEval.Core.Model;

/// <summary>
/// Every submission of a round: each folder directly under the submissions folder that holds a <c>submission.yaml</c>,
/// in ordinal order of the folders' names (so ids s1, s2, … never depend on the file system's order). Every fault of
/// every submission is reported at once; an answers file must answer public items only.
/// </summary>
public static class SubmissionFolders
{
    /// <exception cref="InputException">The folder holds no submission, or a submission has faults.</exception>
    public static IReadOnlyList<Submission> Load(string folder, IReadOnlyList<GoldItem> items)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentNullException.ThrowIfNull(items);
        string root = Path.GetFullPath(folder);
        string[] folders = Directory.Exists(root)
            ? [.. Directory.GetDirectories(root).Where(d => File.Exists(Path.Combine(d, SubmissionLoader.ManifestName))).Order(StringComparer.Ordinal)]
            : [];
        if (folders.Length == 0)
        {
            throw new InputException(root, 0, "--submissions",
                $"応募がありません。このフォルダの下に、応募ごとのフォルダ（{SubmissionLoader.ManifestName} のあるフォルダ）を置いてください");
        }

        var submissions = new List<Submission>();
        var errors = new List<InputError>();
        foreach (string submissionFolder in folders)
        {
            try
            {
                Submission submission = SubmissionLoader.Load(submissionFolder);
                if (submission.AnswersFile is { } answers)
                {
                    SubmissionAnswersReader.Read(answers, items);
                }

                submissions.Add(submission);
            }
            catch (InputException e)
            {
                errors.AddRange(e.Errors);
            }
        }

        return errors.Count > 0 ? throw new InputException(errors) : submissions;
    }
}
