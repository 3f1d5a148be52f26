using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Tests.Records;

/// <summary>The SDK's one contact normaliser, which search, imports and duplicate detection share.</summary>
public sealed class ContactKeysTests
{
    [Theory]
    [InlineData("+86 138 0013 8000")]
    [InlineData("0086-13800138000")]
    [InlineData("138-0013-8000")]
    [InlineData("１３８００１３８０００")]
    [InlineData("＋８６ １３８ ００１３ ８０００")]
    [InlineData("(+86) 138.0013.8000")]
    public void One_mobile_number_written_any_way_has_one_key(string phone) => Assert.Equal("13800138000", ContactKeys.Phone(phone));

    [Theory]
    [InlineData("+44 (0)20 7946 0000", "2079460000")] // the trunk 0 written after the code
    [InlineData("020 7946 0000", "2079460000")]
    [InlineData("+1 415 555 0100", "4155550100")] // a one-digit code
    [InlineData("+852 2345 6789", "23456789")] // a three-digit code: 85 is no code, so the longest match is 852
    [InlineData("00886 2 2345 6789", "223456789")]
    [InlineData("010-6552-9988", "1065529988")] // Beijing's area code keeps its digits after the trunk 0
    [InlineData("+86 10 6552 9988", "1065529988")]
    [InlineData("8613800138000", "8613800138000")] // no + or 00: a national number, nothing dropped
    public void Calling_codes_and_the_trunk_prefix_are_dropped_as_documented(string phone, string key) => Assert.Equal(key, ContactKeys.Phone(phone));

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    [InlineData("ext. 12")]
    [InlineData("+86 1234")] // four digits left once 86 is dropped
    public void Too_few_digits_make_no_phone_key(string? phone) => Assert.Null(ContactKeys.Phone(phone));

    [Fact]
    public void Digits_keep_every_digit_of_a_fragment() => Assert.Equal("00138000", ContactKeys.Digits("００１３ ８０００"));

    [Theory]
    [InlineData(" Wang.Fang@Example.COM ", "wang.fang@example.com")]
    [InlineData("ｗａｎｇ＠ｅｘａｍｐｌｅ．ｃｎ", "wang@example.cn")]
    public void Email_keys_are_folded_trimmed_and_lower_case(string email, string key) => Assert.Equal(key, ContactKeys.Email(email));

    [Theory]
    [InlineData("ACME Ltd.", "acme  ltd")]
    [InlineData("北京 科技 有限公司", "北京科技有限公司")]
    [InlineData("Ｓｕｎｓｈｉｎｅ Co", "sunshine co.")]
    public void Company_names_match_across_case_spaces_punctuation_and_full_width(string a, string b) =>
        Assert.Equal(ContactKeys.Company(a), ContactKeys.Company(b));

    [Fact]
    public void Different_companies_stay_different() => Assert.NotEqual(ContactKeys.Company("Acme"), ContactKeys.Company("Acme East"));

    [Fact]
    public void Names_keep_letters_of_any_script_including_those_beyond_the_basic_plane() =>
        Assert.Equal("王小明𠮷野", ContactKeys.Name("王 小明・𠮷野"));
}
