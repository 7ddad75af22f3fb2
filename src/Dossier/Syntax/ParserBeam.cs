namespace Dossier.Syntax;

/// <summary>
/// Beam search over arc-eager transitions for one sentence (Zhang &amp; Clark 2008, Zhang &amp; Nivre 2011): each
/// step expands every state of the beam by every valid transition, scores a candidate by its state's score plus the
/// transition's, and keeps the <c>width</c> best. A state whose buffer is empty stays in the beam unchanged and
/// competes with the longer derivations (arc-eager derivations of one sentence differ in length by their reduces).
/// Each kept state points into a shared history of (parent, transition) nodes, so a derivation can be replayed for
/// a training update without storing its features. Training also tracks which state follows the gold derivation.
/// Decoding may also prune by score (a finite margin): after each step only the candidates within the margin of the
/// step's best are kept, so a stretch where one derivation clearly leads runs with one or two states.
/// </summary>
internal sealed class ParserBeam
{
    private readonly int width;
    private readonly double margin;
    private readonly ParserState[] states;
    private readonly ParserState[] spare;
    private readonly double[] scores;
    private readonly int[] nodes;
    private readonly bool[] gold;
    private readonly Candidate[] top;
    private readonly float[] transitionScores;
    private readonly ulong[] features = new ulong[ParserFeatures.Max];
    private readonly BeamScoreMemo? memo;
    private int[] parents = new int[256];
    private int[] transitions = new int[256];
    private int nodeCount;

    /// <param name="words">The sentence's length.</param>
    /// <param name="width">How many states to keep.</param>
    /// <param name="classes">The number of transitions the model scores.</param>
    /// <param name="memo">
    /// The per-sentence memo of summed weights that decoding with a quantized model scores through (the same scores,
    /// see <see cref="BeamScoreMemo"/>); null to score every state with the model, as training does.
    /// </param>
    /// <param name="margin">
    /// Keep only candidates whose score is at least the step's best minus this (positive infinity, the default and
    /// what training uses: keep the <paramref name="width"/> best whatever their scores); <see cref="DependencyParser"/>
    /// checks it when its decoding is set.
    /// </param>
    public ParserBeam(int words, int width, int classes, BeamScoreMemo? memo = null, double margin = double.PositiveInfinity)
    {
        this.memo = memo;
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        this.width = width;
        this.margin = margin;
        states = new ParserState[width];
        spare = new ParserState[width];
        for (int i = 0; i < width; i++)
        {
            states[i] = new ParserState(words);
            spare[i] = new ParserState(words);
        }

        scores = new double[width];
        nodes = new int[width];
        gold = new bool[width];
        top = new Candidate[width];
        transitionScores = new float[classes];
        Count = 1;
        nodes[0] = -1;
        gold[0] = true;
    }

    /// <summary>How many states the beam holds (at most its width).</summary>
    public int Count { get; private set; }

    /// <summary>True when every state's buffer is empty.</summary>
    public bool Done
    {
        get
        {
            for (int i = 0; i < Count; i++)
            {
                if (!states[i].Done)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The states, best first.</summary>
    public ParserState State(int i) => states[i];

    public double Score(int i) => scores[i];

    /// <summary>Whether state <paramref name="i"/> was reached by the gold transitions passed to <see cref="Step"/>.</summary>
    public bool IsGold(int i) => gold[i];

    /// <summary>True when some state of the beam follows the gold derivation.</summary>
    public bool HoldsGold()
    {
        for (int i = 0; i < Count; i++)
        {
            if (gold[i])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Advances the beam by one transition. <paramref name="goldTransition"/> is the gold derivation's transition at
    /// this step (-1 once it has ended, or when not training): a state stays gold only by taking it.
    /// </summary>
    public void Step(IScorer model, ParserInput input, int goldTransition)
    {
        int kept = 0;
        for (int i = 0; i < Count; i++)
        {
            var state = states[i];
            if (state.Done)
            {
                kept = Offer(kept, new Candidate(i, -1, scores[i]));
                continue;
            }

            Array.Clear(transitionScores);
            if (memo is not null)
            {
                memo.Score(state, input, transitionScores);
            }
            else
            {
                int n = ParserFeatures.Extract(state, input.W, input.P, input.U, input.Clusters, features);
                model.Score(features.AsSpan(0, n), transitionScores);
            }

            kept = OfferAll(kept, i, ArcEager.Valid(state));
        }

        kept = WithinMargin(kept);
        for (int j = 0; j < kept; j++)
        {
            var c = top[j];
            spare[j].CopyFrom(states[c.Item]);
            if (c.Transition >= 0)
            {
                ArcEager.Apply(spare[j], c.Transition);
            }
        }

        // Parents are read before any slot is overwritten: the new values go to locals first.
        Span<int> newNodes = stackalloc int[kept];
        Span<bool> newGold = stackalloc bool[kept];
        Span<double> newScores = stackalloc double[kept];
        for (int j = 0; j < kept; j++)
        {
            var c = top[j];
            newNodes[j] = c.Transition >= 0 ? AddNode(nodes[c.Item], c.Transition) : nodes[c.Item];
            newGold[j] = gold[c.Item] && c.Transition == goldTransition;
            newScores[j] = c.Score;
        }

        for (int j = 0; j < kept; j++)
        {
            (states[j], spare[j]) = (spare[j], states[j]);
            nodes[j] = newNodes[j];
            gold[j] = newGold[j];
            scores[j] = newScores[j];
        }

        Count = kept;
    }

    /// <summary>The history node of state <paramref name="i"/> (-1 for the initial state); nodes outlive the step.</summary>
    public int Node(int i) => nodes[i];

    /// <summary>The transitions that led to a history node, first to last.</summary>
    public List<int> Derivation(int node)
    {
        var path = new List<int>();
        for (; node >= 0; node = parents[node])
        {
            path.Add(transitions[node]);
        }

        path.Reverse();
        return path;
    }

    /// <summary>
    /// Offers state <paramref name="i"/>'s valid transitions in ascending order (the order ties are broken by),
    /// walking only the transitions of the allowed kinds, and skipping without a call those that cannot enter a
    /// full list: of the 110 transitions of each state, most score below the worst kept candidate.
    /// </summary>
    private int OfferAll(int kept, int i, (bool Shift, bool Reduce, bool Left, bool Right) valid)
    {
        double origin = scores[i];
        var ts = transitionScores;
        if (valid.Shift)
        {
            kept = Offer(kept, new Candidate(i, ArcEager.Shift, origin + ts[ArcEager.Shift]));
        }

        if (valid.Reduce)
        {
            kept = Offer(kept, new Candidate(i, ArcEager.Reduce, origin + ts[ArcEager.Reduce]));
        }

        if (!valid.Left && !valid.Right)
        {
            return kept;
        }

        // Arcs alternate left and right by label (ArcEager.Left, ArcEager.Right): all of them, or every other one.
        int first = valid.Left ? ArcEager.Left(0) : ArcEager.Right(0);
        int step = valid.Left && valid.Right ? 1 : ArcEager.Left(1) - ArcEager.Left(0);
        for (int t = first; t < ts.Length; t += step)
        {
            double score = origin + ts[t];
            if ((kept == width && !(score > top[kept - 1].Score)) || (kept > 0 && score < top[0].Score - margin))
            {
                continue;
            }

            kept = Offer(kept, new Candidate(i, t, score));
        }

        return kept;
    }

    /// <summary>
    /// How many of the <paramref name="kept"/> best candidates (sorted, best first) lie within the margin of the best.
    /// The best only rises as candidates are offered, so one cut at the end drops exactly those a cut after every
    /// offer would; <see cref="OfferAll"/> skips early the arcs that would fall under it.
    /// </summary>
    private int WithinMargin(int kept)
    {
        if (kept == 0 || double.IsPositiveInfinity(margin))
        {
            return kept;
        }

        double floor = top[0].Score - margin;
        while (kept > 1 && top[kept - 1].Score < floor)
        {
            kept--;
        }

        return kept;
    }

    /// <summary>
    /// Inserts a candidate into the sorted best list if it beats the worst kept one. Ties keep the earlier candidate
    /// (lower state, then lower transition), so a beam of width 1 chooses exactly as the greedy parser does.
    /// </summary>
    private int Offer(int kept, Candidate candidate)
    {
        if (kept == width && !(candidate.Score > top[kept - 1].Score))
        {
            return kept;
        }

        int at = kept == width ? kept - 1 : kept;
        while (at > 0 && candidate.Score > top[at - 1].Score)
        {
            top[at] = top[at - 1];
            at--;
        }

        top[at] = candidate;
        return kept == width ? kept : kept + 1;
    }

    private int AddNode(int parent, int transition)
    {
        if (nodeCount == parents.Length)
        {
            Array.Resize(ref parents, nodeCount * 2);
            Array.Resize(ref transitions, nodeCount * 2);
        }

        parents[nodeCount] = parent;
        transitions[nodeCount] = transition;
        return nodeCount++;
    }

    private readonly record struct Candidate(int Item, int Transition, double Score);
}
