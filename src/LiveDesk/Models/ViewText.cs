using System.Text;

namespace LiveDesk.Models
{
    /// <summary>
    /// What the module's default views show of text that came from outside (contact names, e-mails, message
    /// content: anyone can set them in a chat widget): every C0 and C1 control character, escape included, as a
    /// visible placeholder, so that no escape sequence reaches the terminal (window titles, the clipboard,
    /// clearing the screen). The objects keep the exact data: <c>Format-List *</c> and <c>Select-Object</c> show it.
    /// </summary>
    public static class ViewText
    {
        /// <summary>
        /// <paramref name="value"/> as text for a view: C0 controls as their Unicode control pictures (ESC as ␛,
        /// U+241B), DEL as ␡, C1 controls as � (U+FFFD). Null stays null.
        /// </summary>
        public static string? Show(object? value)
        {
            if (value == null) return null;
            var text = value as string ?? value.ToString();
            if (text == null) return null;
            var i = 0;
            while (i < text.Length && !char.IsControl(text[i])) i++;
            if (i == text.Length) return text;
            var builder = new StringBuilder(text.Length);
            builder.Append(text, 0, i);
            for (; i < text.Length; i++) builder.Append(Placeholder(text[i]));
            return builder.ToString();
        }

        private static char Placeholder(char c)
        {
            if (c < 0x20) return (char)(0x2400 + c);
            if (c == 0x7F) return '\u2421';
            if (c >= 0x80 && c <= 0x9F) return '\uFFFD';
            return c;
        }
    }
}
