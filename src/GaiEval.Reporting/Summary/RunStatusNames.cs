namespace GaiEval.Reporting.Summary;

using GaiEval.Core.Results;

/// <summary>Japanese names of run states.</summary>
public static class RunStatusNames
{
    public static string Japanese(RunStatus status) => status switch
    {
        RunStatus.Scored => "完了",
        RunStatus.CallsComplete => "採点未完了",
        RunStatus.Interrupted => "中断（再開可能）",
        RunStatus.Failed => "失敗（再開可能）",
        _ => "未完了（強制終了なら再開可能）",
    };
}
