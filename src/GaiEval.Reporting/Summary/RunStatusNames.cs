namespace GaiEval.Reporting.Summary;

using GaiEval.Core.Results;

/// <summary>Japanese names of run states.</summary>
public static class RunStatusNames
{
    public static string Japanese(RunStatus status) => status switch
    {
        RunStatus.Completed => "完了",
        RunStatus.Interrupted => "中断（再開可能）",
        _ => "未完了（強制終了なら再開可能）",
    };
}
