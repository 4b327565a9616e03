package org.minzheng.charity.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.charity.testing.SampleTrusts;
import org.minzheng.core.id.UnifiedSocialCreditCode;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.region.RegionLevel;
import org.minzheng.core.testing.IdGenerators;

class TrusteeRulesTest {

    static String code(String first17) {
        return first17 + IdGenerators.creditCodeCheckCharacter(first17);
    }

    @Test
    void theRegistrationRegion_isReadFromTheCode_andTheMinistrysCodeIsTheNation() {
        assertThat(TrusteeRules.registrationRegion(
                        UnifiedSocialCreditCode.parse(SampleTrusts.WUXING_SOCIAL_ORGANISATION)))
                .contains(RegionCode.of("330502"));
        assertThat(TrusteeRules.registeringDepartment(UnifiedSocialCreditCode.parse(SampleTrusts.NATIONAL_FOUNDATION)))
                .contains(CivilAffairsDepartment.of(RegionCode.NATION));
        assertThat(TrusteeRules.registeringDepartment(UnifiedSocialCreditCode.parse(SampleTrusts.HUZHOU_TRUST_COMPANY)))
                .isEmpty();
        assertThat(TrusteeRules.registrationRegion(UnifiedSocialCreditCode.parse(code("91001234MA2B0000X"))))
                .isEmpty();
        assertThat(SampleTrusts.huzhouFoundation().registrationAuthority())
                .isEqualTo(org.minzheng.core.id.RegistrationAuthority.CIVIL_AFFAIRS);
        assertThat(SampleTrusts.hangzhouTrustCompany().registrationAuthority())
                .isEqualTo(org.minzheng.core.id.RegistrationAuthority.MARKET_REGULATION);
    }

    @Test
    void aTrustCompany_filesInThePrefectureOfItsRegistration() {
        Trustee county = SampleTrusts.trustee("x", code("91330522MA2B00009"), TrusteeType.TRUST_COMPANY);
        assertThat(TrusteeRules.registeredPrefecture(county)).contains(RegionCode.of("330500"));
        Trustee malformedRegion = SampleTrusts.trustee("x", code("91001234MA2B0000X"), TrusteeType.TRUST_COMPANY);
        assertThat(TrusteeRules.registeredPrefecture(malformedRegion)).isEmpty();
        CharitableTrust t = SampleTrusts.cashTrust(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3))
                .trustees(List.of(malformedRegion))
                .build();
        assertThat(TrusteeRules.competentAuthority(t))
                .isEqualTo(new CompetentAuthority(null, AuthorityBasis.PREFECTURE_NOT_DERIVABLE));
    }

    @Test
    void aDepartment_mustSitAtTheLevelItsCodeImplies() {
        assertThat(CivilAffairsDepartment.of("330502").level()).isEqualTo(RegionLevel.COUNTY);
        assertThat(ImmutableCivilAffairsDepartment.builder()
                        .region(RegionCode.of("330502"))
                        .level(RegionLevel.PREFECTURE)
                        .build()
                        .consistent())
                .isFalse();
        assertThat(List.of(
                                CivilAffairsDepartment.of("330502"),
                                CivilAffairsDepartment.of("330500"),
                                CivilAffairsDepartment.of(RegionCode.NATION))
                        .stream()
                        .sorted()
                        .toList())
                .extracting(d -> d.region().code())
                .containsExactly("000000", "330500", "330502");
    }

    @Test
    void competentAuthority_needsAPositiveBasisForADepartment() {
        assertThatThrownBy(() -> new CompetentAuthority(null, AuthorityBasis.TRUST_COMPANY_PREFECTURE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        new CompetentAuthority(CivilAffairsDepartment.of("330500"), AuthorityBasis.TRUSTEE_NOT_ALLOWED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStatutoryPurposes_areTheSixItemsOfArticle3() {
        assertThat(CharitablePurpose.values())
                .extracting(CharitablePurpose::item)
                .containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(CharitablePurpose.EMERGENCY_RELIEF.zh()).isEqualTo("救助自然灾害、事故灾难和公共卫生事件等突发事件造成的损害");
        assertThat(CharitablePurpose.OTHER_PUBLIC_BENEFIT.named()).isFalse();
    }
}
