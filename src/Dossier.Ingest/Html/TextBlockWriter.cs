using System.Text;
using AngleSharp.Dom;

namespace Dossier.Ingest.Html;

/// <summary>
/// Turns cleaned elements into text blocks in document order: every block element starts a new block, inline text
/// is joined with collapsed whitespace, &lt;br&gt; breaks a line, table cells are separated by a tab.
/// </summary>
internal sealed class TextBlockWriter
{
    private readonly List<TextBlock> _blocks = [];
    private readonly StringBuilder _current = new();
    private readonly Stack<BlockKind> _kinds = new();
    private int _linkDepth;
    private int _linkChars;
    private int _preDepth;

    public static List<TextBlock> Write(IEnumerable<IElement> roots)
    {
        var writer = new TextBlockWriter();
        writer._kinds.Push(BlockKind.Paragraph);
        foreach (var root in roots)
        {
            writer.Visit(root);
            writer.Flush();
        }
        return writer._blocks;
    }

    private void Visit(INode node)
    {
        if (node is IElement element)
        {
            VisitElement(element);
            return;
        }
        if (node.NodeType is NodeType.Text or NodeType.CharacterData)
            AppendText(node.TextContent);
    }

    private void VisitElement(IElement element)
    {
        var name = element.LocalName;
        if (name == "br")
        {
            AppendBreak();
            return;
        }
        if (name is "td" or "th")
        {
            if (_current.Length > 0 && _current[^1] != '\t')
                _current.Append('\t');
            VisitChildren(element);
            return;
        }
        if (!BoilerplatePatterns.IsBlock(name))
        {
            var isLink = name == "a";
            if (isLink)
                _linkDepth++;
            VisitChildren(element);
            if (isLink)
                _linkDepth--;
            return;
        }
        Flush();
        _kinds.Push(KindOf(name));
        if (name == "pre")
            _preDepth++;
        VisitChildren(element);
        Flush();
        if (name == "pre")
            _preDepth--;
        _kinds.Pop();
    }

    private void VisitChildren(IElement element)
    {
        // Indexed, not NextSibling: AngleSharp's sibling lookup searches the parent's list each time.
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
            Visit(children[i]);
    }

    private BlockKind KindOf(string name) => name switch
    {
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => BlockKind.Heading,
        "li" or "dt" or "dd" => BlockKind.ListItem,
        "tr" => BlockKind.TableRow,
        "blockquote" => BlockKind.Quote,
        "pre" => BlockKind.Preformatted,
        // A paragraph inside a list item or quote stays what its container is.
        _ => _kinds.Peek() is BlockKind.ListItem or BlockKind.Quote or BlockKind.TableRow ? _kinds.Peek() : BlockKind.Paragraph,
    };

    private void AppendText(string text)
    {
        var before = _current.Length;
        if (_preDepth > 0)
        {
            _current.Append(text);
        }
        else
        {
            foreach (var ch in text)
            {
                if (char.IsWhiteSpace(ch))
                {
                    if (_current.Length > 0 && !char.IsWhiteSpace(_current[^1]))
                        _current.Append(' ');
                }
                else
                {
                    _current.Append(ch);
                }
            }
        }
        if (_linkDepth > 0)
            _linkChars += _current.Length - before;
    }

    private void AppendBreak()
    {
        while (_current.Length > 0 && _current[^1] == ' ')
            _current.Length--;
        if (_current.Length > 0)
            _current.Append('\n');
    }

    private void Flush()
    {
        if (_current.Length == 0)
            return;
        var text = CleanLines(_current.ToString(), _preDepth > 0);
        if (text.Length > 0)
            _blocks.Add(new TextBlock(text, _kinds.Peek(), Math.Min(_linkChars, text.Length)));
        _current.Clear();
        _linkChars = 0;
    }

    private static string CleanLines(string text, bool preformatted)
    {
        if (preformatted)
            return text.Trim('\n', '\r');
        var lines = text.Split('\n');
        var sb = new StringBuilder(text.Length);
        foreach (var line in lines)
        {
            var trimmed = line.Trim(' ', '\t');
            if (trimmed.Length == 0)
                continue;
            if (sb.Length > 0)
                sb.Append('\n');
            sb.Append(trimmed);
        }
        return sb.ToString();
    }
}
