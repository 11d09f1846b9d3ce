/// A moment in the MS-DOS format ZIP headers use: two 16-bit fields, local
/// time with two-second resolution, years 1980 to 2107.
///
/// We store UTC, so an archive made from the same input and timestamp has the
/// same bytes on every machine whatever its time zone.
public struct DOSDateTime: Sendable, Hashable {
    public var date: UInt16
    public var time: UInt16

    /// The DOS form of `seconds` since 1970 (UTC), clamped to the years DOS can hold.
    public init(unixTime seconds: Int64) {
        // 1980-01-01T00:00:00Z and 2107-12-31T23:59:58Z bound what fits in the fields.
        let clamped = min(max(seconds, 315_532_800), 4_354_819_198)
        let days = clamped / 86_400
        let secondOfDay = clamped % 86_400
        let (year, month, day) = DOSDateTime.civilDate(daysSince1970: days)
        date = UInt16((year - 1980) << 9 | month << 5 | day)
        time = UInt16((secondOfDay / 3600) << 11 | (secondOfDay % 3600 / 60) << 5 | (secondOfDay % 60) / 2)
    }

    /// Year, month and day of the proleptic Gregorian calendar (Howard Hinnant's
    /// days-to-civil algorithm), so we need neither Foundation nor the time zone.
    static func civilDate(daysSince1970: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = daysSince1970 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
