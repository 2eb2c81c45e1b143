using System.Linq;

namespace LiveDesk.Input
{
    /// <summary>
    /// Composes a name from its parts the way the name's own script writes it: Latin, Cyrillic, Greek and other scripts
    /// written with spaces give given + middle + family name ("Jürgen Müller"); a name whose given and family names are
    /// both written in Chinese characters, Japanese kana or Korean hangul is the family name first, without spaces
    /// (王小明, 山田太郎, 홍길동), as people in China, Japan and Korea write and expect it.
    /// </summary>
    internal static class PersonName
    {
        /// <summary>The name composed of the parts that are present (null parts are left out).</summary>
        public static string Compose(string? first, string? middle, string? last)
        {
            if (first != null && last != null && IsCjk(first) && IsCjk(last) && (middle == null || IsCjk(middle)))
            {
                return last + middle + first;
            }
            return string.Join(" ", new[] { first, middle, last }.Where(p => p != null));
        }

        // Every letter in a CJK script (spaces inside a part are ignored: "山田 " still counts).
        private static bool IsCjk(string part)
        {
            var any = false;
            foreach (var c in part)
            {
                if (char.IsWhiteSpace(c)) continue;
                if (!HeaderScripts.IsCjk(c)) return false;
                any = true;
            }
            return any;
        }
    }
}
