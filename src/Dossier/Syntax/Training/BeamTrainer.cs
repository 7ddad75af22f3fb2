namespace Dossier.Syntax.Training;

/// <summary>
/// One sentence of global training for the beam parser (Zhang &amp; Clark 2008; Zhang &amp; Nivre 2011): decode with
/// the beam while following the gold derivation alongside, and when the beam's best derivation beats the gold one,
/// update the perceptron on the whole prefixes up to the chosen step, towards the gold transitions and away from the
/// predicted ones (a structured perceptron update; the shared prefix cancels out and is skipped).
/// </summary>
internal sealed class BeamTrainer
{
    private readonly AveragedPerceptron model;
    private readonly int width;
    private readonly BeamUpdate update;
    private readonly ulong[] features = new ulong[ParserFeatures.Max];
    private readonly float[] scores;

    public BeamTrainer(AveragedPerceptron model, int width, BeamUpdate update)
    {
        this.model = model;
        this.width = width;
        this.update = update;
        scores = new float[model.ClassCount];
    }

    /// <summary>Trains on one sentence; returns whether it caused an update.</summary>
    public bool Train(ParserInput input, int words, List<int> goldPath)
    {
        var beam = new ParserBeam(words, width, model.ClassCount);
        var goldState = new ParserState(words);
        double goldScore = 0;
        double worst = double.NegativeInfinity;
        int updateStep = -1, updateNode = -1;
        for (int step = 0; !beam.Done; step++)
        {
            int gt = step < goldPath.Count ? goldPath[step] : -1;
            beam.Step(model, input, gt);
            if (gt >= 0)
            {
                int n = ParserFeatures.Extract(goldState, input.W, input.P, input.U, input.Clusters, features);
                Array.Clear(scores);
                model.Score(features.AsSpan(0, n), scores);
                goldScore += scores[gt];
                ArcEager.Apply(goldState, gt);
            }

            if (beam.IsGold(0))
            {
                continue;
            }

            bool fellOut = !beam.HoldsGold();
            if (update == BeamUpdate.Early)
            {
                if (fellOut || beam.Done)
                {
                    updateStep = step + 1;
                    updateNode = beam.Node(0);
                    break;
                }

                continue;
            }

            double violation = beam.Score(0) - goldScore;
            if (violation > worst)
            {
                worst = violation;
                updateStep = step + 1;
                updateNode = beam.Node(0);
            }
        }

        if (updateStep < 0)
        {
            return false;
        }

        var predicted = beam.Derivation(updateNode);
        var gold = goldPath.GetRange(0, Math.Min(updateStep, goldPath.Count));
        int shared = 0;
        while (shared < predicted.Count && shared < gold.Count && predicted[shared] == gold[shared])
        {
            shared++;
        }

        Replay(input, words, gold, shared, 1f);
        Replay(input, words, predicted, shared, -1f);
        return true;
    }

    private void Replay(ParserInput input, int words, List<int> path, int from, float delta)
    {
        var state = new ParserState(words);
        for (int i = 0; i < path.Count; i++)
        {
            if (i >= from)
            {
                int n = ParserFeatures.Extract(state, input.W, input.P, input.U, input.Clusters, features);
                model.Update(features.AsSpan(0, n), path[i], delta);
            }

            ArcEager.Apply(state, path[i]);
        }
    }
}
