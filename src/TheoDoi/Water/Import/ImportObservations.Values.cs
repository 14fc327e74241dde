using TheoDoi.Core.Water;

namespace TheoDoi.Water;

// One value in flight from the reader to the writer, and the key order a batch is written in.
public sealed partial class ImportObservations
{
    internal struct Value
    {
        public int Station;
        public int Parameter;
        public long Time;
        public double Number;
        public short Qualifier;
        public int Row;
    }

    private sealed class KeyOrder : IComparer<Value>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare(Value x, Value y)
        {
            var c = x.Station.CompareTo(y.Station);
            if (c != 0)
            {
                return c;
            }

            c = x.Parameter.CompareTo(y.Parameter);
            return c != 0 ? c : x.Time.CompareTo(y.Time);
        }
    }
}
