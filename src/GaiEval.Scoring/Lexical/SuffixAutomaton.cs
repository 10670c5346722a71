namespace GaiEval.Scoring.Lexical;

/// <summary>
/// The suffix automaton of a text (Blumer et al.): at most 2n states, built in linear time, accepting exactly the text's
/// substrings. Transitions live in one dictionary keyed by state and character; each state also lists its characters so
/// that a state can be cloned.
/// </summary>
internal sealed class SuffixAutomaton
{
    private readonly List<int> lengths;
    private readonly List<int> links;
    private readonly List<List<char>> labels;
    private readonly Dictionary<long, int> transitions;

    private SuffixAutomaton(int capacity)
    {
        lengths = new List<int>(capacity) { 0 };
        links = new List<int>(capacity) { -1 };
        labels = new List<List<char>>(capacity) { new() };
        transitions = new Dictionary<long, int>(capacity);
    }

    public static SuffixAutomaton Of(string text)
    {
        var automaton = new SuffixAutomaton(2 * text.Length + 1);
        int last = 0;
        foreach (char c in text)
        {
            last = automaton.Extend(last, c);
        }

        return automaton;
    }

    /// <summary>The longest substring a state stands for.</summary>
    public int Length(int state) => lengths[state];

    /// <summary>The state of the longest suffix that belongs to another state (the root's link is -1).</summary>
    public int Link(int state) => links[state];

    public bool TryStep(int state, char c, out int next) => transitions.TryGetValue(Key(state, c), out next);

    private int Extend(int last, char c)
    {
        int current = NewState(lengths[last] + 1, -1);
        int p = last;
        while (p != -1 && !transitions.ContainsKey(Key(p, c)))
        {
            SetTransition(p, c, current);
            p = links[p];
        }

        if (p == -1)
        {
            links[current] = 0;
            return current;
        }

        int q = transitions[Key(p, c)];
        if (lengths[p] + 1 == lengths[q])
        {
            links[current] = q;
            return current;
        }

        int clone = NewState(lengths[p] + 1, links[q]);
        foreach (char label in labels[q])
        {
            SetTransition(clone, label, transitions[Key(q, label)]);
        }

        while (p != -1 && transitions.TryGetValue(Key(p, c), out int target) && target == q)
        {
            transitions[Key(p, c)] = clone;
            p = links[p];
        }

        links[q] = clone;
        links[current] = clone;
        return current;
    }

    private int NewState(int length, int link)
    {
        lengths.Add(length);
        links.Add(link);
        labels.Add([]);
        return lengths.Count - 1;
    }

    private void SetTransition(int state, char c, int target)
    {
        if (transitions.TryAdd(Key(state, c), target))
        {
            labels[state].Add(c);
        }
        else
        {
            transitions[Key(state, c)] = target;
        }
    }

    private static long Key(int state, char c) => ((long)state << 16) | c;
}
