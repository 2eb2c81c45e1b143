using System.Collections.Generic;

namespace LiveDesk.Input
{
    /// <summary>
    /// One input row as the reader sees it: property names in input order and a way to get a value. Plain C#, so the
    /// reader is testable without PowerShell; <see cref="PSObjectRow"/> adapts a pipeline object.
    /// </summary>
    internal abstract class InputRow
    {
        /// <summary>The property (column) names, in input order.</summary>
        public abstract IReadOnlyList<string> Names { get; }

        /// <summary>The value of the property at <paramref name="index"/>; PSObject wrappers already removed.</summary>
        public abstract object? GetValue(int index);

        /// <summary>The original row, for -Map script blocks ($_) and as the TargetObject of errors.</summary>
        public abstract object Source { get; }

        /// <summary>A row from (name, value) pairs, in order.</summary>
        public static InputRow FromPairs(IEnumerable<KeyValuePair<string, object?>> pairs, object? source = null) => new PairRow(pairs, source);

        /// <summary>A row from (name, value) tuples, in order.</summary>
        public static InputRow From(params (string Name, object? Value)[] pairs)
        {
            var list = new List<KeyValuePair<string, object?>>(pairs.Length);
            foreach (var (name, value) in pairs) list.Add(new KeyValuePair<string, object?>(name, value));
            return new PairRow(list, null);
        }

        private sealed class PairRow : InputRow
        {
            private readonly List<string> _names = new List<string>();
            private readonly List<object?> _values = new List<object?>();
            private readonly object? _source;

            public PairRow(IEnumerable<KeyValuePair<string, object?>> pairs, object? source)
            {
                foreach (var pair in pairs)
                {
                    _names.Add(pair.Key);
                    _values.Add(pair.Value);
                }
                _source = source;
            }

            public override IReadOnlyList<string> Names => _names;
            public override object? GetValue(int index) => _values[index];
            public override object Source => _source ?? this;
        }
    }
}
