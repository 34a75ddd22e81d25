using System.Collections.Generic;
using System.Globalization;
using ToneAnalyzers.Text;

namespace ToneAnalyzers.Matching;

/// <summary>
/// Parses the pattern language (docs/rule-format.md): words separated by spaces, <c>(a|b c)</c> alternatives,
/// <c>?</c> after a word or group to make it optional, <c>stem*</c> for any word starting with the stem,
/// <c>_</c> for any one word and <c>...</c> / <c>...N</c> for a gap of up to 3 / N words; a leading <c>^</c> / trailing
/// <c>$</c> makes the phrase start / end a sentence. Other punctuation is ignored, as it is in the text.
/// Words are folded exactly as text is.
/// </summary>
internal sealed class PatternParser
{
    public const int MaxGap = 8;
    private const int MinStemLength = 3;

    private readonly string _pattern;
    private readonly TokenFolder _folder = new();
    private int _pos;
    private int _end;

    private PatternParser(string pattern)
    {
        _pattern = pattern;
        _end = pattern.Length;
    }

    public static SequenceNode Parse(string pattern)
    {
        var parser = new PatternParser(pattern);
        var anchors = parser.TakeAnchors();
        var sequence = parser.ParseSequence(topLevel: true);
        if (sequence.Items.Count == 0)
        {
            throw new PatternSyntaxException("The pattern has no words.", 0);
        }

        Validate(sequence, pattern);
        sequence.Anchors = anchors;
        return sequence;
    }

    /// <summary>
    /// Reads a leading <c>^</c> and a trailing <c>$</c> (sentence start / end) and hides them from the word parser.
    /// Anywhere else they are an error, reported by <see cref="ParseSequence"/>.
    /// </summary>
    private SentenceAnchors TakeAnchors()
    {
        var anchors = SentenceAnchors.None;
        var first = 0;
        while (first < _pattern.Length && char.IsWhiteSpace(_pattern[first]))
        {
            first++;
        }

        var last = _pattern.Length - 1;
        while (last >= first && char.IsWhiteSpace(_pattern[last]))
        {
            last--;
        }

        var start = 0;
        var end = _pattern.Length;
        if (first <= last && _pattern[first] == '^')
        {
            anchors |= SentenceAnchors.Start;
            start = first + 1;
        }

        if (last >= start && _pattern[last] == '$')
        {
            anchors |= SentenceAnchors.End;
            end = last;
        }

        _pos = start;
        _end = end;
        return anchors;
    }

    private static void Validate(SequenceNode sequence, string pattern)
    {
        if (!CanMatchNonEmpty(sequence))
        {
            throw new PatternSyntaxException("Every word of the pattern is optional, so it would match nothing; make at least one word required.", 0);
        }

        var first = sequence.Items[0];
        if (first is GapNode || first is AnyWordNode)
        {
            throw new PatternSyntaxException("A pattern cannot start with '_' or '...': begin with a word.", 0);
        }

        var last = sequence.Items[sequence.Items.Count - 1];
        if (last is GapNode)
        {
            throw new PatternSyntaxException("A pattern cannot end with '...': a gap needs a word after it.", pattern.Length);
        }
    }

    private static bool CanMatchNonEmpty(PatternNode node) => node switch
    {
        WordNode or AnyWordNode => true,
        GapNode => false,
        OptionalNode => false,
        SequenceNode s => s.Items.Exists(CanMatchNonEmpty),
        AlternationNode a => a.Branches.TrueForAll(b => CanMatchNonEmpty(b)),
        _ => false,
    };

    private SequenceNode ParseSequence(bool topLevel)
    {
        var items = new List<PatternNode>();
        while (true)
        {
            SkipSpaces();
            if (_pos >= _end)
            {
                if (!topLevel)
                {
                    throw new PatternSyntaxException("A '(' is not closed: add ')'.", _pos);
                }

                return new SequenceNode(items);
            }

            var c = _pattern[_pos];
            switch (c)
            {
                case '(':
                    _pos++;
                    var group = ParseAlternation();
                    items.Add(ApplyOptional(group));
                    break;
                case ')':
                case '|':
                    if (topLevel)
                    {
                        throw new PatternSyntaxException(c == ')' ? "A ')' has no matching '('." : "'|' separates alternatives and must stand inside ( ).", _pos);
                    }

                    return new SequenceNode(items);
                case '?':
                    throw new PatternSyntaxException("'?' must follow a word or a ( ) group.", _pos);
                case '*':
                    throw new PatternSyntaxException("'*' must end a word stem, as in 'благодар*'.", _pos);
                case '^':
                    throw new PatternSyntaxException("'^' (sentence start) may only begin a pattern.", _pos);
                case '$':
                    throw new PatternSyntaxException("'$' (sentence end) may only end a pattern.", _pos);
                case '.' when At("..."):
                    items.Add(ParseGap());
                    break;
                case '_' when _pos + 1 >= _end || !CharClass.IsWord(_pattern[_pos + 1]):
                    _pos++;
                    items.Add(ApplyOptional(new AnyWordNode()));
                    break;
                default:
                    ParseWords(items);
                    break;
            }
        }
    }

    private PatternNode ParseAlternation()
    {
        var branches = new List<SequenceNode>();
        while (true)
        {
            var branch = ParseSequence(topLevel: false);
            if (branch.Items.Count == 0)
            {
                throw new PatternSyntaxException("An alternative in ( ) is empty; use '?' after the group to make it optional.", _pos);
            }

            branches.Add(branch);
            var c = _pattern[_pos];
            _pos++;
            if (c == ')')
            {
                break;
            }
        }

        if (branches.Count == 1)
        {
            return branches[0].Items.Count == 1 ? branches[0].Items[0] : branches[0];
        }

        return new AlternationNode(branches);
    }

    private PatternNode ParseGap()
    {
        var start = _pos;
        _pos += 3;
        var digits = _pos;
        while (_pos < _end && char.IsDigit(_pattern[_pos]))
        {
            _pos++;
        }

        var max = 3;
        if (_pos > digits)
        {
            max = int.Parse(_pattern.Substring(digits, _pos - digits), CultureInfo.InvariantCulture);
            if (max < 1 || max > MaxGap)
            {
                throw new PatternSyntaxException($"A gap may span 1 to {MaxGap} words; '...{max}' is out of range.", start);
            }
        }

        return new GapNode(max);
    }

    private void ParseWords(List<PatternNode> items)
    {
        var start = _pos;
        while (_pos < _end && !IsSyntax(_pattern[_pos]) && !char.IsWhiteSpace(_pattern[_pos]))
        {
            _pos++;
        }

        var chunkEnd = _pos;
        var isPrefix = false;
        if (_pos < _end && _pattern[_pos] == '*')
        {
            isPrefix = true;
            _pos++;
        }

        var words = new List<PatternNode>();
        var scanner = new WordScanner(_pattern, start, chunkEnd - start);
        while (scanner.Next())
        {
            _folder.Fold(_pattern, scanner.Start, scanner.End);
            words.Add(new WordNode(new string(_folder.Buffer, 0, _folder.FirstLength), false));
            if (_folder.SecondStart >= 0)
            {
                words.Add(new WordNode(new string(_folder.Buffer, _folder.SecondStart, _folder.SecondLength), false));
            }
        }

        if (words.Count == 0)
        {
            if (isPrefix)
            {
                throw new PatternSyntaxException("'*' must end a word stem, as in 'благодар*'.", chunkEnd);
            }

            return; // punctuation only: ignored, as in text
        }

        if (isPrefix)
        {
            var last = (WordNode)words[words.Count - 1];
            if (last.Folded.Length < MinStemLength)
            {
                throw new PatternSyntaxException($"The stem '{last.Folded}*' is too short: a stem needs at least {MinStemLength} letters to stay precise.", start);
            }

            words[words.Count - 1] = new WordNode(last.Folded, true);
        }

        // '?' applies to the last word of the chunk only.
        var lastWord = words[words.Count - 1];
        words.RemoveAt(words.Count - 1);
        items.AddRange(words);
        items.Add(ApplyOptional(lastWord));
    }

    private PatternNode ApplyOptional(PatternNode node)
    {
        if (_pos < _end && _pattern[_pos] == '?')
        {
            _pos++;
            return new OptionalNode(node);
        }

        return node;
    }

    private bool At(string s) => string.CompareOrdinal(_pattern, _pos, s, 0, s.Length) == 0;

    private static bool IsSyntax(char c) => c is '(' or ')' or '|' or '?' or '*' or '^' or '$';

    private void SkipSpaces()
    {
        while (_pos < _end && char.IsWhiteSpace(_pattern[_pos]))
        {
            _pos++;
        }
    }
}
