using System.Collections.Generic;
using System.Linq;
using PhoneNumbers;

namespace LiveDesk.Input
{
    // The hint for a national number without a region: where it would be valid, the most plausible region first.
    internal sealed partial class PhoneNormalizer
    {
        // Most plausible first: the region whose own national format is exactly what the user wrote, separators included
        // ("090-1234-5678" is how Japan writes a mobile number; Italy would write "090 1234 5678"), then one that groups the
        // digits the same way ("(650) 555-0142"), then the order of HintRegions.
        private static string NoRegionHint(string text, string compact)
        {
            var groups = DigitGroups(text);
            var written = text.Trim();
            var candidates = new List<(string Region, PhoneNumber Number, int Score, int Order)>();
            for (var i = 0; i < HintRegions.Length; i++)
            {
                var region = HintRegions[i];
                if (!TryValid(text, region, out var n)) continue;
                if (candidates.Any(c => c.Number.CountryCode == n.CountryCode && c.Number.NationalNumber == n.NationalNumber)) continue;
                var national = Util.Format(n, PhoneNumberFormat.NATIONAL);
                var score = national == written ? 0 : groups.Length > 1 && DigitGroups(national).SequenceEqual(groups) ? 1 : 2;
                candidates.Add((region, n, score, i));
            }
            if (candidates.Count == 0)
            {
                return $"'{text}' has no country code. Write it with + and the country code (for example +49 171 2345678), or pass -DefaultRegion with the country the numbers belong to (DE, US, ...).";
            }
            var ordered = candidates.OrderBy(c => c.Score).ThenBy(c => c.Order).ToList();
            var best = ordered[0];
            var others = ordered.Skip(1).Take(3).Select(c => c.Region).ToList();
            var also = others.Count == 0 ? "" : $" (it would also be valid in {string.Join(", ", others)})";
            return $"'{text}' has no country code and looks like {Article(best.Region)} {best.Region} number{also}: pass -DefaultRegion {best.Region}, or write it as {Util.Format(best.Number, PhoneNumberFormat.INTERNATIONAL)}.";
        }

        // "an IT number", "a DE number": the article goes by how the first letter is said (eff, aitch, ell, en, ...).
        private static string Article(string region) => "AEFHILMNORSX".IndexOf(region[0]) >= 0 ? "an" : "a";

        private static int[] DigitGroups(string text)
        {
            var groups = new List<int>();
            var run = 0;
            foreach (var c in text)
            {
                if (c >= '0' && c <= '9') run++;
                else if (run > 0) { groups.Add(run); run = 0; }
            }
            if (run > 0) groups.Add(run);
            return groups.ToArray();
        }
    }
}
