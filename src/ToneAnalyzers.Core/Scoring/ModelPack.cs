using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ToneAnalyzers.Scoring;

/// <summary>
/// The trained models of all languages, read from the embedded <c>tone-model.bin</c> (written by the trainer in the
/// Core tests: <c>TONE_REGENERATE=1 dotnet test tests/ToneAnalyzers.Core.Tests</c>). A missing or damaged file
/// gives an empty pack: the rules still work, the engine never throws because of the model.
/// </summary>
internal sealed class ModelPack
{
    private const string Magic = "TONEMDL1";
    private const string ResourceName = "ToneAnalyzers.Scoring.tone-model.bin";

    private static readonly Lazy<ModelPack> s_builtIn = new(LoadBuiltIn);

    // Built on first use: a process checking English text never builds the other languages' tables.
    private readonly Dictionary<ToneLanguage, Lazy<ToneModel>> _models;

    public ModelPack(string trainingHash, Dictionary<ToneLanguage, Lazy<ToneModel>> models)
    {
        TrainingHash = trainingHash;
        _models = models;
    }

    public static ModelPack Empty { get; } = new(string.Empty, new Dictionary<ToneLanguage, Lazy<ToneModel>>());

    public static ModelPack BuiltIn => s_builtIn.Value;

    /// <summary>A hash of everything the models were trained on, so a test can tell when they are out of date.</summary>
    public string TrainingHash { get; }

    public bool HasModels => _models.Count > 0;

    public ToneModel? For(ToneLanguage language) => _models.TryGetValue(language, out var model) ? model.Value : null;

    public static void Write(Stream stream, string trainingHash, IReadOnlyList<(ToneLanguage Language, float Threshold, float Scale, float[] Bias, ulong[] Features, sbyte[] Weights)> models)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(trainingHash);
        writer.Write(models.Count);
        foreach (var m in models)
        {
            writer.Write((byte)m.Language);
            writer.Write(m.Threshold);
            writer.Write(m.Scale);
            foreach (var b in m.Bias)
            {
                writer.Write(b);
            }

            writer.Write(m.Features.Length);
            foreach (var f in m.Features)
            {
                writer.Write(f);
            }

            writer.Write((byte[])(Array)m.Weights);
        }
    }

    public static ModelPack Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length)) != Magic)
        {
            throw new InvalidDataException("Not a ToneAnalyzers model file.");
        }

        var hash = reader.ReadString();
        var count = reader.ReadInt32();
        var models = new Dictionary<ToneLanguage, Lazy<ToneModel>>();
        for (var i = 0; i < count; i++)
        {
            var language = (ToneLanguage)reader.ReadByte();
            var threshold = reader.ReadSingle();
            var scale = reader.ReadSingle();
            var bias = new float[ToneModel.Classes];
            for (var c = 0; c < bias.Length; c++)
            {
                bias[c] = reader.ReadSingle();
            }

            var n = reader.ReadInt32();
            var features = new ulong[n];
            for (var f = 0; f < n; f++)
            {
                features[f] = reader.ReadUInt64();
            }

            var bytes = reader.ReadBytes(n * ToneModel.Classes);
            var weights = new sbyte[bytes.Length];
            Buffer.BlockCopy(bytes, 0, weights, 0, bytes.Length);
            models[language] = new Lazy<ToneModel>(() => new ToneModel(language, threshold, scale, bias, features, weights));
        }

        return new ModelPack(hash, models);
    }

    private static ModelPack LoadBuiltIn()
    {
        try
        {
            using var stream = typeof(ModelPack).Assembly.GetManifestResourceStream(ResourceName);
            return stream is null ? Empty : Read(stream);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException or ArgumentException)
        {
            return Empty;
        }
    }
}
