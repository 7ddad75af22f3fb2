namespace Dossier.Evaluation.Timelines;

/// <summary>The scores of one system timeline against one gold timeline.</summary>
public sealed record TimelineScore(string Topic, int Timeline, int GoldDates, double DatePrecision, double DateRecall, double DateF1,
    RougeScore Concat1, RougeScore Concat2, RougeScore Agreement1, RougeScore Agreement2, RougeScore Align1, RougeScore Align2);
