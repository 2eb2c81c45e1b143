using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace LiveDesk.Input
{
    /// <summary>
    /// Holds back the first rows of a header set that names no e-mail or phone column, so that the column map can look
    /// at their values (<see cref="ColumnMap.ReadValues"/>) before the first of them is read; every other row passes
    /// straight through. At most <see cref="ColumnMap.ValueRows"/> rows are held, and they come out in input order: the
    /// import keeps streaming with flat memory. <typeparamref name="T"/> is what the caller needs to process a row later
    /// (the row and whatever was bound with it). Not thread-safe, like ProcessRecord.
    /// </summary>
    internal sealed class RowLookahead<T>
    {
        private readonly ContactInput _input;
        private readonly List<(InputRow Row, T Item)> _held = new List<(InputRow, T)>();
        private readonly List<T> _ready = new List<T>();
        private ColumnMap? _map;

        internal RowLookahead(ContactInput input) => _input = input;

        /// <summary>Offers one row; returns the items to process now, in input order (empty while rows are held).</summary>
        public IReadOnlyList<T> Offer(PSObject? row, T item) => OfferRow(row == null ? null : _input.Prepare(row), item);

        /// <summary>As <see cref="Offer(PSObject, T)"/> for a row already adapted (null: not a row, passed on).</summary>
        internal IReadOnlyList<T> OfferRow(InputRow? input, T item)
        {
            _ready.Clear();
            if (_held.Count > 0)
            {
                if (input != null && _map!.Fits(input.Names))
                {
                    _held.Add((input, item));
                    if (_held.Count >= ColumnMap.ValueRows) Release();
                    return _ready;
                }
                Release();
            }
            if (input != null)
            {
                var map = _input.Reader.MapFor(input);
                if (map.NeedsValues || map.NameOrderShownBy(input) || map.PartsInCapitalsShownBy(input))
                {
                    _map = map;
                    _held.Add((input, item));
                    return _ready;
                }
            }
            _ready.Add(item);
            return _ready;
        }

        /// <summary>The rows still held (call at the end of the input).</summary>
        public IReadOnlyList<T> Flush()
        {
            _ready.Clear();
            if (_held.Count > 0) Release();
            return _ready;
        }

        private void Release()
        {
            _map!.ReadValues(_held.Select(h => h.Row));
            foreach (var held in _held) _ready.Add(held.Item);
            _held.Clear();
        }
    }
}
