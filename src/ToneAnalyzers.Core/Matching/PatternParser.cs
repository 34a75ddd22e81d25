using System;
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

    // One parser per thread, reused: its folder and node stack are scratch space, so a pattern costs only its nodes.
    [ThreadStatic]
    private static PatternParser? t_parser;

    private readonly TokenFolder _folder = new();

    // Items of the sequences and alternatives being parsed, innermost last; each is copied out into an exact-size array.
    private readonly List<PatternNode> _stack = new();
    private string _pattern = string.Empty;
    private WordInterner? _words;
    private int _pos;
    private int _end;

    /// <summary>Parses a pattern; with <paramref name="words"/>, equal words share one node.</summary>
    /// <exception cref="PatternSyntaxException">The pattern is invalid.</exception>
    public static SequenceNode Parse(string pattern, WordInterner? words = null)
    {
        var parser = t_parser ??= new PatternParser();
        parser._pattern = pattern;
        parser._words = words;
        parser._stack.Clear();
        try
        {
            return parser.ParsePattern();
        }
        finally
        {
            parser._pattern = string.Empty;
            parser._words = null;
        }
    }

    private SequenceNode ParsePattern()
    {
        var anchors = TakeAnchors();
        if (ParseItems(topLevel: true) == 0)
        {
            throw new PatternSyntaxException("The pattern has no words.", 0);
        }

        var sequence = new SequenceNode(Pop(0));
        Validate(sequence, _pattern);
        sequence.Anchors = anchors;
        return sequence;
    }

    /// <summary>
    /// Reads a leading <c>^</c> and a trailing <c>$</c> (sentence start / end) and hides them from the word parser.
    /// Anywhere else they are an error, reported by <see cref="ParseItems"/>.
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

        var last = sequence.Items[sequence.Items.Length - 1];
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
        SequenceNode s => Array.Exists(s.Items, CanMatchNonEmpty),
        AlternationNode a => Array.TrueForAll(a.Branches, b => CanMatchNonEmpty(b)),
        _ => false,
    };

    /// <summary>Parses a sequence up to the end, ')' or '|', leaving its items on the stack; returns how many.</summary>
    private int ParseItems(bool topLevel)
    {
        var mark = _stack.Count;
        while (true)
        {
            SkipSpaces();
            if (_pos >= _end)
            {
                if (!topLevel)
                {
                    throw new PatternSyntaxException("A '(' is not closed: add ')'.", _pos);
                }

                return _stack.Count - mark;
            }

            var c = _pattern[_pos];
            switch (c)
            {
                case '(':
                    _pos++;
                    var group = ParseAlternation();
                    _stack.Add(ApplyOptional(group));
                    break;
                case ')':
                case '|':
                    if (topLevel)
                    {
                        throw new PatternSyntaxException(c == ')' ? "A ')' has no matching '('." : "'|' separates alternatives and must stand inside ( ).", _pos);
                    }

                    return _stack.Count - mark;
                case '?':
                    throw new PatternSyntaxException("'?' must follow a word or a ( ) group.", _pos);
                case '*':
                    throw new PatternSyntaxException("'*' must end a word stem, as in 'благодар*'.", _pos);
                case '^':
                    throw new PatternSyntaxException("'^' (sentence start) may only begin a pattern.", _pos);
                case '$':
                    throw new PatternSyntaxException("'$' (sentence end) may only end a pattern.", _pos);
                case '.' when At("..."):
                    _stack.Add(ParseGap());
                    break;
                case '_' when _pos + 1 >= _end || !CharClass.IsWord(_pattern[_pos + 1]):
                    _pos++;
                    _stack.Add(ApplyOptional(AnyWordNode.Instance));
                    break;
                default:
                    ParseWords();
                    break;
            }
        }
    }

    /// <summary>A ( ) group; a branch of one item is that item itself, not a sequence around it (the automaton is the same).</summary>
    private PatternNode ParseAlternation()
    {
        var mark = _stack.Count;
        while (true)
        {
            var branchMark = _stack.Count;
            var count = ParseItems(topLevel: false);
            if (count == 0)
            {
                throw new PatternSyntaxException("An alternative in ( ) is empty; use '?' after the group to make it optional.", _pos);
            }

            if (count > 1)
            {
                _stack.Add(new SequenceNode(Pop(branchMark)));
            }

            var c = _pattern[_pos];
            _pos++;
            if (c == ')')
            {
                break;
            }
        }

        var branches = Pop(mark);
        return branches.Length == 1 ? branches[0] : new AlternationNode(branches);
    }

    /// <summary>Takes the nodes pushed since <paramref name="mark"/> off the stack.</summary>
    private PatternNode[] Pop(int mark)
    {
        var result = new PatternNode[_stack.Count - mark];
        _stack.CopyTo(mark, result, 0, result.Length);
        _stack.RemoveRange(mark, result.Length);
        return result;
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

        return GapNode.Of(max);
    }

    private void ParseWords()
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

        var first = _stack.Count;
        var scanner = new WordScanner(_pattern, start, chunkEnd - start);
        while (scanner.Next())
        {
            _folder.Fold(_pattern, scanner.Start, scanner.End);
            _stack.Add(Word(0, _folder.FirstLength));
            if (_folder.SecondStart >= 0)
            {
                _stack.Add(Word(_folder.SecondStart, _folder.SecondLength));
            }
        }

        if (_stack.Count == first)
        {
            if (isPrefix)
            {
                throw new PatternSyntaxException("'*' must end a word stem, as in 'благодар*'.", chunkEnd);
            }

            return; // punctuation only: ignored, as in text
        }

        var lastIndex = _stack.Count - 1;
        if (isPrefix)
        {
            var last = (WordNode)_stack[lastIndex];
            if (last.Folded.Length < MinStemLength)
            {
                throw new PatternSyntaxException($"The stem '{last.Folded}*' is too short: a stem needs at least {MinStemLength} letters to stay precise.", start);
            }

            _stack[lastIndex] = new WordNode(last.Folded, true);
        }

        // '?' applies to the last word of the chunk only.
        _stack[lastIndex] = ApplyOptional(_stack[lastIndex]);
    }

    private WordNode Word(int start, int length) =>
        _words?.Word(_folder.Buffer, start, length) ?? new WordNode(new string(_folder.Buffer, start, length), false);

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
