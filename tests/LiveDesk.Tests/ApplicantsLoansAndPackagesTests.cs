using LiveDesk.Input;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>
/// Blind sets unseen76 and unseen78: an id written out whole ("Full ID"), a loan's and a package's ids, whoever applied or
/// booked as the file's main party, and a receiver's column alone as the row's name.
/// </summary>
public class ApplicantsLoansAndPackagesTests
{
    [Theory]
    [InlineData("Full ID")]
    [InlineData("Display ID")]
    [InlineData("ID complet")]
    public void An_id_written_out_whole_is_the_records_id(string header) =>
        Assert.Equal(ContactField.Identifier, HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void A_name_words_id_is_still_no_identifier() =>
        Assert.Null(HeaderRecognizer.Recognize("Display Name ID").Field);

    [Fact]
    public void The_full_id_beside_an_id_number_is_the_records_own()
    {
        // A funeral policy administrator's customers: the policy, the member's suffix, their join, and the national ID number.
        var map = ColumnMap.Build(new[] { "Policy Number", "Suffix Code", "Full ID", "Relationship", "First Name", "Surname", "ID Number", "Phone", "Email" });
        Assert.Equal("Full ID", ColumnMapSamples.Order(map, ContactField.Identifier)[0]);
    }

    [Theory]
    [InlineData("loan_id")]
    [InlineData("Loan No")]
    [InlineData("Número do empréstimo")]
    [InlineData("ID préstamo")]
    [InlineData("Kredi No")]
    [InlineData("Package ID")]
    [InlineData("Paketnummer")]
    public void A_loans_or_a_packages_id_is_not_the_contacts(string header) =>
        Assert.Null(HeaderRecognizer.Recognize(header).Field);

    [Fact]
    public void A_loan_proposal_has_no_identifier_of_its_borrower()
    {
        var map = ColumnMap.Build(new[] { "full_name", "cpf", "birth_date", "email", "phone", "loan_id", "loan_date", "loan_amount" });
        Assert.Empty(ColumnMapSamples.Order(map, ContactField.Identifier));
    }

    [Fact]
    public void A_plot_of_land_is_no_parcel_sent() =>
        // openRARP keys an irrigation community's members by their plot.
        Assert.Equal(ContactField.Identifier, HeaderRecognizer.Recognize("id_parcela").Field);

    [Theory]
    [InlineData("Applicant Name", "Name")]
    [InlineData("Applicant Email", "Email")]
    [InlineData("Candidate Email", "Email")]
    [InlineData("Nom du candidat", "Name")]
    [InlineData("Başvuran Adı", "Name")]
    [InlineData("지원자명", "Name")]
    [InlineData("신청자 연락처", "PhoneNumber")]
    [InlineData("Bewerber E-Mail", "Email")]
    public void Whoever_applied_is_the_files_main_party(string header, string field)
    {
        var meaning = HeaderRecognizer.Recognize(header);
        Assert.Equal(field, meaning.Field?.ToString() ?? (meaning.NamePart || meaning.Rank > 0 ? "Name" : null));
    }

    [Fact]
    public void An_applicant_list_in_korean_gives_the_name()
    {
        var map = ColumnMap.Build(new[] { "Num.", "지원 날짜", "지원자명", "성별", "연락처", "이메일" });
        Assert.Equal(new[] { "지원자명" }, ColumnMapSamples.Order(map, ContactField.Name));
    }

    [Theory]
    [InlineData("Recipient")]
    [InlineData("Empfänger")]
    [InlineData("수령인")]
    public void A_receivers_column_of_names_is_the_rows_name(string header)
    {
        // TikTok Shop's orders: the order's and the package's ids, the buyer's login, and who the parcel goes to.
        var map = ColumnMapSamples.Read(new[] { "Order ID", "Buyer Username", header, "Phone #", "Package ID" },
            new object?[] { "578123456789012345", "ngoclan.beauty", "Nguyễn Thị Ngọc Lan", "(+84)912345678", "1152921504606846976" },
            new object?[] { "578123456789012346", "tranminhkhoa92", "Trần Minh Khoa", "(+84)388123456", "1152921504606846977" });
        Assert.Equal(new[] { header }, ColumnMapSamples.Order(map, ContactField.Name));
        Assert.Equal(new[] { "Buyer Username" }, ColumnMapSamples.Order(map, ContactField.Identifier));
    }

    [Fact]
    public void A_newsletters_recipient_of_addresses_is_no_name()
    {
        var map = ColumnMapSamples.Read(new[] { "Recipient", "Opened" },
            new object?[] { "ann@example.org", "yes" }, new object?[] { "bo@example.org", "no" });
        Assert.Empty(ColumnMapSamples.Order(map, ContactField.Name));
    }
}
