namespace GaiEval.Tests.Risk;

using CsCheck;
using GaiEval.Scoring.Risk;

public sealed class IdentificationNumberPropertyTests
{
    [Fact]
    public void Eleven_digits_and_their_check_digit_make_a_valid_my_number_and_any_other_last_digit_does_not() =>
        Gen.Char['0', '9'].Array[11].Sample(baseDigits =>
        {
            string body = new(baseDigits);
            int check = IdentificationNumbers.MyNumberCheckDigit(body + "0")!.Value;
            Assert.InRange(check, 0, 9);
            for (int last = 0; last <= 9; last++)
            {
                Assert.Equal(last == check, IdentificationNumbers.IsValidMyNumber(body + last));
            }
        });

    [Fact]
    public void Twelve_digits_after_their_check_digit_make_a_valid_corporate_number_and_the_check_digit_is_never_zero() =>
        Gen.Char['0', '9'].Array[12].Sample(baseDigits =>
        {
            string body = new(baseDigits);
            int check = IdentificationNumbers.CorporateNumberCheckDigit("0" + body)!.Value;
            Assert.InRange(check, 1, 9);
            for (int first = 0; first <= 9; first++)
            {
                Assert.Equal(first == check, IdentificationNumbers.IsValidCorporateNumber(first + body));
            }
        });

    [Fact]
    public void A_masked_number_shows_at_most_its_last_four_digits() =>
        Gen.String[Gen.Char["0123456789- "], 0, 30].Sample(number =>
        {
            string masked = RiskMask.Digits(number);
            string digits = new([.. number.Where(char.IsAsciiDigit)]);
            Assert.Equal(digits.Length > 4 ? digits[^4..] : digits, new string([.. masked.Where(char.IsAsciiDigit)]));
            Assert.Equal(number.Length, masked.Length);
        });
}
