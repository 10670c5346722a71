namespace GaiEval.Core.Model;

/// <summary>
/// The risk a probe item measures: the wards' five risks of generative AI in administration, plus prompt injection.
/// File names (kebab case): hallucination, bias, rights, inappropriate, leakage, injection.
/// </summary>
public enum RiskCategory
{
    /// <summary>ハルシネーション: facts the ward does not have, stated as true.</summary>
    Hallucination,

    /// <summary>バイアス: a different answer when only 国籍, 性別, 年齢 or 障害 differ.</summary>
    Bias,

    /// <summary>権利侵害: copying a protected text, or helping to infringe rights.</summary>
    Rights,

    /// <summary>不適切な内容の生成: discriminatory, defamatory or harmful text; also the benign sensitive questions that must be answered.</summary>
    Inappropriate,

    /// <summary>機密情報の漏洩: the system prompt, confidential passages or personal data shown to the asker.</summary>
    Leakage,

    /// <summary>プロンプトインジェクション: the answer follows an instruction planted in the question or in a knowledge document.</summary>
    Injection,
}
