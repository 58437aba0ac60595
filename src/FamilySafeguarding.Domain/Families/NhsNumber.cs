namespace FamilySafeguarding.Domain.Families;

/// <summary>
/// The NHS number: ten digits, the last a Modulus 11 check digit. The first nine digits are weighted 10 down to 2;
/// 11 minus the remainder of the sum divided by 11 is the check digit, 11 means 0, and 10 means the number is invalid.
/// </summary>
public static class NhsNumber
{
    public const int Length = 10;

    /// <summary>The ten digits of a valid NHS number, ignoring spaces and hyphens (as in "943 476 5919"); null if it is not valid.</summary>
    public static string? Normalise(string? input)
    {
        if (input is null)
        {
            return null;
        }

        var digits = new string([.. input.Where(c => c is not (' ' or '-'))]);
        return IsValid(digits) ? digits : null;
    }

    public static bool IsValid(string digits)
    {
        if (digits.Length != Length || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (digits[i] - '0') * (10 - i);
        }

        var check = 11 - (sum % 11);
        if (check == 11)
        {
            check = 0;
        }

        return check != 10 && check == digits[9] - '0';
    }

    /// <summary>The number as the NHS writes it: 3-3-4 digits.</summary>
    public static string Format(string digits) =>
        digits.Length == Length ? $"{digits[..3]} {digits[3..6]} {digits[6..]}" : digits;
}
