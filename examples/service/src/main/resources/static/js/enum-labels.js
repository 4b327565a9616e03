(function () {
  'use strict';
  window.MZ = window.MZ || {};
  window.MZ.enumLabels = {
  "APPLICANT,CHILD,GRANDCHILD,GRANDPARENT,OTHER_RELATIVE,PARENT,SIBLING,SPOUSE": {
    "APPLICANT": [
      "申请人",
      "applicant"
    ],
    "CHILD": [
      "子女",
      "child"
    ],
    "GRANDCHILD": [
      "孙子女/外孙子女",
      "grandchild"
    ],
    "GRANDPARENT": [
      "祖父母/外祖父母",
      "grandparent"
    ],
    "OTHER_RELATIVE": [
      "其他亲属",
      "other relative"
    ],
    "PARENT": [
      "父母",
      "parent"
    ],
    "SIBLING": [
      "兄弟姐妹",
      "sibling"
    ],
    "SPOUSE": [
      "配偶",
      "spouse"
    ]
  },
  "APPLICATION,CUSTODY_ACCOUNT_AND_AGREEMENT,OTHER_MATERIALS,PROPERTY_TRANSFER_PROOF,SETTLOR_IDENTITY_AND_LAWFUL_PROPERTY_DECLARATION,TRUSTEE_QUALIFICATION,TRUST_DOCUMENT": {
    "APPLICATION": [
      "（一）备案申请书",
      "(1) filing application"
    ],
    "CUSTODY_ACCOUNT_AND_AGREEMENT": [
      "（五）专用资金账户证明和资金保管协议",
      "(5) dedicated account and bank custody agreement"
    ],
    "OTHER_MATERIALS": [
      "（七）其他材料",
      "(7) other materials"
    ],
    "PROPERTY_TRANSFER_PROOF": [
      "（六）信托财产交付证明",
      "(6) proof that the property was handed over"
    ],
    "SETTLOR_IDENTITY_AND_LAWFUL_PROPERTY_DECLARATION": [
      "（二）委托人身份证明和信托财产合法性声明",
      "(2) settlor's identity papers and declaration of lawful property"
    ],
    "TRUSTEE_QUALIFICATION": [
      "（三）信托公司金融许可证或慈善组织登记证书",
      "(3) trustee's financial licence or registration certificate"
    ],
    "TRUST_DOCUMENT": [
      "（四）信托文件",
      "(4) trust document"
    ]
  },
  "ASH_CRYSTAL,BAMBOO_GROVE,COLUMBARIUM_HALL,DEEP_BURIAL_NO_MOUND,FLOWER,LAND_SCATTER,LAWN,SEA_SCATTER,SMALL_PLOT,TOWER,TRADITIONAL_PLOT,TREE,WALL": {
    "ASH_CRYSTAL": [
      "骨灰晶石",
      "ash crystal"
    ],
    "BAMBOO_GROVE": [
      "竹林葬",
      "bamboo-grove burial"
    ],
    "COLUMBARIUM_HALL": [
      "骨灰堂安放",
      "columbarium hall"
    ],
    "DEEP_BURIAL_NO_MOUND": [
      "深埋不留坟头",
      "deep burial without a mound"
    ],
    "FLOWER": [
      "花葬",
      "flower burial"
    ],
    "LAND_SCATTER": [
      "撒散",
      "scattering on land"
    ],
    "LAWN": [
      "草坪葬",
      "lawn burial"
    ],
    "SEA_SCATTER": [
      "海葬",
      "scattering at sea"
    ],
    "SMALL_PLOT": [
      "节地型墓位",
      "small land-saving plot"
    ],
    "TOWER": [
      "塔葬",
      "tower"
    ],
    "TRADITIONAL_PLOT": [
      "传统墓位",
      "conventional grave"
    ],
    "TREE": [
      "树葬",
      "tree burial"
    ],
    "WALL": [
      "壁葬",
      "wall niche"
    ]
  },
  "ASH_STORAGE,BODY_STORAGE,BODY_TRANSPORT,CREMATION,FAREWELL_ROOM,URN": {
    "ASH_STORAGE": [
      "骨灰寄存",
      "ash storage"
    ],
    "BODY_STORAGE": [
      "遗体存放",
      "body storage"
    ],
    "BODY_TRANSPORT": [
      "遗体接运",
      "body transport"
    ],
    "CREMATION": [
      "遗体火化",
      "cremation"
    ],
    "FAREWELL_ROOM": [
      "守灵或告别厅",
      "vigil or farewell room"
    ],
    "URN": [
      "骨灰盒",
      "urn"
    ]
  },
  "BACHELOR,JUNIOR_COLLEGE,JUNIOR_SECONDARY,POSTGRADUATE,PRESCHOOL,PRIMARY,SECONDARY_VOCATIONAL,SENIOR_SECONDARY": {
    "BACHELOR": [
      "本科",
      "bachelor's studies"
    ],
    "JUNIOR_COLLEGE": [
      "专科",
      "junior college"
    ],
    "JUNIOR_SECONDARY": [
      "初中",
      "junior secondary school"
    ],
    "POSTGRADUATE": [
      "研究生",
      "postgraduate studies"
    ],
    "PRESCHOOL": [
      "学前教育",
      "preschool"
    ],
    "PRIMARY": [
      "小学",
      "primary school"
    ],
    "SECONDARY_VOCATIONAL": [
      "中等职业教育",
      "secondary vocational school"
    ],
    "SENIOR_SECONDARY": [
      "高中",
      "senior secondary school"
    ]
  },
  "BANKRUPT,BREACH_OF_DUTY,DISSOLVED_OR_DEREGISTERED,LOST_LEGAL_STATUS,OTHER,REGISTRATION_REVOKED,RESIGNATION,UNABLE_TO_PERFORM": {
    "BANKRUPT": [
      "破产",
      "bankrupt"
    ],
    "BREACH_OF_DUTY": [
      "违反信托义务",
      "breach of trust duties"
    ],
    "DISSOLVED_OR_DEREGISTERED": [
      "解散或注销",
      "dissolved or deregistered"
    ],
    "LOST_LEGAL_STATUS": [
      "丧失法人资格",
      "lost its legal-person status"
    ],
    "OTHER": [
      "其他事由",
      "another ground"
    ],
    "REGISTRATION_REVOKED": [
      "被吊销登记",
      "registration revoked"
    ],
    "RESIGNATION": [
      "辞任",
      "resignation"
    ],
    "UNABLE_TO_PERFORM": [
      "难以履行职责",
      "unable to perform its duties"
    ]
  },
  "BANK_PRODUCTS,DEPOSITS,DISTRIBUTED_WEALTH_PRODUCTS,FUNERAL_GRANT,GOLD_ACCUMULATION,GOVERNMENT_BONDS,SURVIVOR_PENSION": {
    "BANK_PRODUCTS": [
      "该行发行的非存款类金融产品",
      "the bank's own products"
    ],
    "DEPOSITS": [
      "存款",
      "deposits"
    ],
    "DISTRIBUTED_WEALTH_PRODUCTS": [
      "代销理财产品",
      "distributed wealth products"
    ],
    "FUNERAL_GRANT": [
      "丧葬费",
      "funeral grants"
    ],
    "GOLD_ACCUMULATION": [
      "黄金积存产品",
      "gold accumulation products"
    ],
    "GOVERNMENT_BONDS": [
      "国债",
      "government bonds"
    ],
    "SURVIVOR_PENSION": [
      "抚恤金",
      "survivor pensions"
    ]
  },
  "BANK_PRODUCTS,DEPOSITS,INSURANCE,PROVIDENT_FUND,REAL_ESTATE,SECURITIES": {
    "BANK_PRODUCTS": [
      "银行自身发行或管理的非存款类金融产品",
      "the bank's own products"
    ],
    "DEPOSITS": [
      "存款",
      "deposits"
    ],
    "INSURANCE": [
      "保险",
      "insurance"
    ],
    "PROVIDENT_FUND": [
      "住房公积金",
      "provident fund"
    ],
    "REAL_ESTATE": [
      "不动产",
      "real estate"
    ],
    "SECURITIES": [
      "证券",
      "securities"
    ]
  },
  "BRAVERY_AWARD,FAMILY_PLANNING,LOCAL_LIST,PREFERENTIAL_CARE,RESIDENT_BASIC_PENSION,SCHOLARSHIP,SOCIAL_ASSISTANCE": {
    "BRAVERY_AWARD": [
      "见义勇为等奖励性补助",
      "awards for bravery"
    ],
    "FAMILY_PLANNING": [
      "计划生育奖励与扶助金",
      "family-planning rewards and support"
    ],
    "LOCAL_LIST": [
      "本地规定不计入的其他收入",
      "income on the local exemption list"
    ],
    "PREFERENTIAL_CARE": [
      "优待抚恤金",
      "preferential-care and pension payments"
    ],
    "RESIDENT_BASIC_PENSION": [
      "城乡居民基本养老保险基础养老金",
      "basic pension of the residents' pension scheme"
    ],
    "SCHOLARSHIP": [
      "奖学金",
      "scholarships"
    ],
    "SOCIAL_ASSISTANCE": [
      "政府发放的社会救助款物",
      "government social-assistance money and goods"
    ]
  },
  "BUSINESS_NET,OTHER,PROPERTY_NET,TRANSFER_NET,WAGES": {
    "BUSINESS_NET": [
      "经营净收入",
      "net business income"
    ],
    "OTHER": [
      "其他应当计入的收入",
      "other income to be counted"
    ],
    "PROPERTY_NET": [
      "财产净收入",
      "net property income"
    ],
    "TRANSFER_NET": [
      "转移净收入",
      "net transfer income"
    ],
    "WAGES": [
      "工资性收入",
      "wages"
    ]
  },
  "CASH,CLAIM,COMMERCIAL_INSURANCE,DEPOSIT,FOREST,ONLINE_FINANCIAL,OTHER_FIXTURE,SECURITIES": {
    "CASH": [
      "现金",
      "cash"
    ],
    "CLAIM": [
      "债权",
      "claims"
    ],
    "COMMERCIAL_INSURANCE": [
      "商业保险",
      "commercial insurance"
    ],
    "DEPOSIT": [
      "银行存款",
      "bank deposits"
    ],
    "FOREST": [
      "林木",
      "trees"
    ],
    "ONLINE_FINANCIAL": [
      "互联网金融资产",
      "online financial assets"
    ],
    "OTHER_FIXTURE": [
      "其他定着物",
      "other fixtures"
    ],
    "SECURITIES": [
      "证券、基金",
      "securities and funds"
    ]
  },
  "CASH,NON_CASH": {
    "CASH": [
      "资金",
      "money"
    ],
    "NON_CASH": [
      "非资金财产",
      "property other than money"
    ]
  },
  "CENTRALISED,DISPERSED": {
    "CENTRALISED": [
      "在供养服务机构集中供养",
      "in an institution"
    ],
    "DISPERSED": [
      "在家分散供养",
      "at home"
    ]
  },
  "CHARITABLE_ORGANISATION,CHARITABLE_TRUST": {
    "CHARITABLE_ORGANISATION": [
      "慈善组织的财产",
      "property of a charitable organisation"
    ],
    "CHARITABLE_TRUST": [
      "慈善信托财产",
      "property of a charitable trust"
    ]
  },
  "CHARITABLE_ORGANISATION,OTHER,TRUST_COMPANY": {
    "CHARITABLE_ORGANISATION": [
      "慈善组织",
      "charitable organisation"
    ],
    "OTHER": [
      "其他主体",
      "other body"
    ],
    "TRUST_COMPANY": [
      "信托公司",
      "trust company"
    ]
  },
  "CHILD,LEGATEE,OTHER_HEIR,PARENT,SPOUSE,WILL_HEIR": {
    "CHILD": [
      "子女",
      "child"
    ],
    "LEGATEE": [
      "公证遗嘱指定的受遗赠人",
      "legatee under a notarised will"
    ],
    "OTHER_HEIR": [
      "其他继承人",
      "other heir"
    ],
    "PARENT": [
      "父母",
      "parent"
    ],
    "SPOUSE": [
      "配偶",
      "spouse"
    ],
    "WILL_HEIR": [
      "公证遗嘱指定的继承人",
      "heir under a notarised will"
    ]
  },
  "CHILD_SCHEME,EXTREME_POVERTY": {
    "CHILD_SCHEME": [
      "孤儿、事实无人抚养儿童基本生活保障",
      "the orphan / de-facto unsupported child scheme"
    ],
    "EXTREME_POVERTY": [
      "特困人员救助供养",
      "extreme-poverty support"
    ]
  },
  "CLERGY_LIVING_APART,COMPULSORY_REHABILITATION,DECLARED_MISSING,IN_PRISON": {
    "CLERGY_LIVING_APART": [
      "连续三年以上脱离家庭独立生活的宗教教职人员",
      "clergy living apart from the family for three years or more"
    ],
    "COMPULSORY_REHABILITATION": [
      "在强制隔离戒毒所戒毒",
      "in compulsory drug rehabilitation"
    ],
    "DECLARED_MISSING": [
      "被宣告失踪",
      "declared missing"
    ],
    "IN_PRISON": [
      "在监狱内服刑",
      "serving a prison sentence"
    ]
  },
  "COMPLETE_LOSS,INTACT,MILD,MODERATE,SEVERE": {
    "COMPLETE_LOSS": [
      "4级（完全失能）",
      "4 complete loss of ability"
    ],
    "INTACT": [
      "0级（能力完好）",
      "0 intact"
    ],
    "MILD": [
      "1级（轻度失能）",
      "1 mildly impaired"
    ],
    "MODERATE": [
      "2级（中度失能）",
      "2 moderately impaired"
    ],
    "SEVERE": [
      "3级（重度失能）",
      "3 severely impaired"
    ]
  },
  "COMPULSORY_REHABILITATION,DEAD,DECLARED_MISSING,IMPRISONED_OR_DETAINED,LOST_CONTACT,NONE,NOT_FOUND,OTHER_RESTRICTION,SERIOUS_ILLNESS,SEVERE_DISABILITY": {
    "COMPULSORY_REHABILITATION": [
      "强制隔离戒毒",
      "in compulsory drug rehabilitation"
    ],
    "DEAD": [
      "死亡",
      "dead"
    ],
    "DECLARED_MISSING": [
      "被人民法院宣告失踪",
      "declared missing by a court"
    ],
    "IMPRISONED_OR_DETAINED": [
      "服刑在押",
      "serving a sentence or in custody"
    ],
    "LOST_CONTACT": [
      "失联",
      "lost contact"
    ],
    "NONE": [
      "无死亡、失踪、重残、重病、服刑在押等情形",
      "no qualifying situation"
    ],
    "NOT_FOUND": [
      "查找不到",
      "cannot be found"
    ],
    "OTHER_RESTRICTION": [
      "被执行其他限制人身自由的措施",
      "under another restriction of liberty"
    ],
    "SERIOUS_ILLNESS": [
      "重病",
      "serious illness"
    ],
    "SEVERE_DISABILITY": [
      "重残",
      "severe disability"
    ]
  },
  "COUNTY,NATION,PREFECTURE,PROVINCE,TOWNSHIP": {
    "COUNTY": [
      "县级",
      "county-level"
    ],
    "NATION": [
      "全国",
      "national"
    ],
    "PREFECTURE": [
      "市级",
      "prefecture-level"
    ],
    "PROVINCE": [
      "省级",
      "provincial"
    ],
    "TOWNSHIP": [
      "乡级",
      "township-level"
    ]
  },
  "DEATH_CERTIFICATE,NOTARISED_WILL,NOTARY_QUERY_LETTER,OWN_ID,RELATIONSHIP_PROOF": {
    "DEATH_CERTIFICATE": [
      "死亡证明（或火化证明）",
      "death certificate (or cremation certificate)"
    ],
    "NOTARISED_WILL": [
      "公证遗嘱",
      "notarised will"
    ],
    "NOTARY_QUERY_LETTER": [
      "公证机构出具的《存款查询函》",
      "notary office's deposit-query letter"
    ],
    "OWN_ID": [
      "本人有效身份证件",
      "own identity document"
    ],
    "RELATIONSHIP_PROOF": [
      "亲属关系证明",
      "proof of relationship"
    ]
  },
  "DECLARED_MISSING,IN_PRISON,NORMAL,NO_CIVIL_CAPACITY": {
    "DECLARED_MISSING": [
      "被宣告失踪",
      "declared missing"
    ],
    "IN_PRISON": [
      "在监狱服刑",
      "serving a prison sentence"
    ],
    "NORMAL": [
      "无下列情形",
      "none of these"
    ],
    "NO_CIVIL_CAPACITY": [
      "无民事行为能力",
      "without civil capacity"
    ]
  },
  "DE_FACTO_FULL,DE_FACTO_TOP_UP,NONE,ORPHAN_ALLOWANCE": {
    "DE_FACTO_FULL": [
      "全额事实无人抚养儿童基本生活补贴",
      "the full de-facto unsupported child allowance"
    ],
    "DE_FACTO_TOP_UP": [
      "补差发放的事实无人抚养儿童基本生活补贴",
      "the de-facto unsupported child allowance as a top-up"
    ],
    "NONE": [
      "无儿童保障待遇",
      "no child-support benefit"
    ],
    "ORPHAN_ALLOWANCE": [
      "孤儿基本生活费",
      "the orphan allowance"
    ]
  },
  "DIBAO,DISABILITY_LIVING_ALLOWANCE,EXTREME_POVERTY": {
    "DIBAO": [
      "最低生活保障金",
      "dibao payment"
    ],
    "DISABILITY_LIVING_ALLOWANCE": [
      "困难残疾人生活补贴",
      "living allowance for people with disabilities in hardship"
    ],
    "EXTREME_POVERTY": [
      "特困人员救助供养金",
      "extreme-poverty support payment"
    ]
  },
  "DIBAO,DISABILITY_LIVING_ALLOWANCE,EXTREME_POVERTY_SUPPORT,OLD_AGE_ALLOWANCE,SEVERE_DISABILITY_CARE_ALLOWANCE": {
    "DIBAO": [
      "最低生活保障",
      "dibao"
    ],
    "DISABILITY_LIVING_ALLOWANCE": [
      "困难残疾人生活补贴",
      "living allowance for people with disabilities in hardship"
    ],
    "EXTREME_POVERTY_SUPPORT": [
      "特困人员救助供养",
      "extreme-poverty support"
    ],
    "OLD_AGE_ALLOWANCE": [
      "高龄津贴",
      "old-age allowance"
    ],
    "SEVERE_DISABILITY_CARE_ALLOWANCE": [
      "重度残疾人护理补贴",
      "care allowance for people with severe disabilities"
    ]
  },
  "DIBAO,EXTREME_POVERTY,LOW_INCOME_EDGE,RIGID_EXPENDITURE": {
    "DIBAO": [
      "最低生活保障",
      "dibao"
    ],
    "EXTREME_POVERTY": [
      "特困人员救助供养",
      "extreme-poverty support"
    ],
    "LOW_INCOME_EDGE": [
      "低保边缘家庭",
      "low-income edge family"
    ],
    "RIGID_EXPENDITURE": [
      "刚性支出困难家庭",
      "rigid-expenditure hardship family"
    ]
  },
  "DISABILITY_MOBILITY,LIVELIHOOD,PRIVATE_CAR": {
    "DISABILITY_MOBILITY": [
      "残疾人代步车",
      "disabled person's mobility vehicle"
    ],
    "LIVELIHOOD": [
      "家庭生计所需车辆",
      "vehicle the household lives from"
    ],
    "PRIVATE_CAR": [
      "家用汽车",
      "private car"
    ]
  },
  "DISASTER,EDUCATION,LIVING,MEDICAL,OTHER,REHABILITATION": {
    "DISASTER": [
      "灾害造成的支出",
      "costs caused by a disaster"
    ],
    "EDUCATION": [
      "教育支出",
      "education costs"
    ],
    "LIVING": [
      "基本生活支出",
      "basic living costs"
    ],
    "MEDICAL": [
      "医疗支出",
      "medical costs"
    ],
    "OTHER": [
      "其他支出",
      "other costs"
    ],
    "REHABILITATION": [
      "康复支出",
      "rehabilitation costs"
    ]
  },
  "DROWNING,EDUCATION_EXPENSES,EXPLOSION,FIRE,MEDICAL_EXPENSES,OTHER_NECESSARY_EXPENSES,OTHER_SPECIAL_HARDSHIP,PERSONAL_INJURY,SUDDEN_SERIOUS_ILLNESS,TRAFFIC_ACCIDENT": {
    "DROWNING": [
      "溺水",
      "drowning"
    ],
    "EDUCATION_EXPENSES": [
      "教育支出突然增加",
      "a sudden rise in education costs"
    ],
    "EXPLOSION": [
      "爆炸",
      "explosion"
    ],
    "FIRE": [
      "火灾",
      "fire"
    ],
    "MEDICAL_EXPENSES": [
      "医疗支出突然增加",
      "a sudden rise in medical costs"
    ],
    "OTHER_NECESSARY_EXPENSES": [
      "其他生活必需支出突然增加",
      "a sudden rise in other necessary costs"
    ],
    "OTHER_SPECIAL_HARDSHIP": [
      "其他特殊困难",
      "other special hardship"
    ],
    "PERSONAL_INJURY": [
      "人身伤害",
      "personal injury"
    ],
    "SUDDEN_SERIOUS_ILLNESS": [
      "家庭成员突发重大疾病",
      "sudden serious illness of a member"
    ],
    "TRAFFIC_ACCIDENT": [
      "交通事故",
      "traffic accident"
    ]
  },
  "EDUCATION_SCIENCE_CULTURE_HEALTH_SPORT,ELDERLY_ORPHANS_SICK_DISABLED_ENTITLED,EMERGENCY_RELIEF,ENVIRONMENT,OTHER_PUBLIC_BENEFIT,POVERTY_AND_HARDSHIP": {
    "EDUCATION_SCIENCE_CULTURE_HEALTH_SPORT": [
      "（四）促进教育、科学、文化、卫生、体育等事业的发展",
      "(4) education, science, culture, health and sport"
    ],
    "ELDERLY_ORPHANS_SICK_DISABLED_ENTITLED": [
      "（二）扶老、救孤、恤病、助残、优抚",
      "(2) the elderly, orphans, the sick, the disabled, preferential care"
    ],
    "EMERGENCY_RELIEF": [
      "（三）救助自然灾害、事故灾难和公共卫生事件等突发事件造成的损害",
      "(3) relief from disasters, accidents and public-health emergencies"
    ],
    "ENVIRONMENT": [
      "（五）防治污染和其他公害，保护和改善生态环境",
      "(5) pollution control and the ecological environment"
    ],
    "OTHER_PUBLIC_BENEFIT": [
      "（六）符合本法规定的其他公益活动",
      "(6) other public-benefit activities under the law"
    ],
    "POVERTY_AND_HARDSHIP": [
      "（一）扶贫、济困",
      "(1) poverty relief and help in hardship"
    ]
  },
  "EMPLOYMENT_COST,RIGID_COST": {
    "EMPLOYMENT_COST": [
      "必要的就业成本",
      "necessary costs of employment"
    ],
    "RIGID_COST": [
      "因残疾、患重病等增加的刚性支出",
      "essential extra costs of disability or serious illness"
    ]
  },
  "FULL,NONE,PARTIAL": {
    "FULL": [
      "具备生活自理能力",
      "fully self-caring"
    ],
    "NONE": [
      "完全丧失生活自理能力",
      "self-care wholly lost"
    ],
    "PARTIAL": [
      "部分丧失生活自理能力",
      "self-care partly lost"
    ]
  },
  "GRADE_1,GRADE_2,GRADE_3,GRADE_4,GRADE_5": {
    "GRADE_1": [
      "一级／高级技师",
      "grade 1 (senior technician)"
    ],
    "GRADE_2": [
      "二级／技师",
      "grade 2 (technician)"
    ],
    "GRADE_3": [
      "三级／高级工",
      "grade 3 (senior)"
    ],
    "GRADE_4": [
      "四级／中级工",
      "grade 4 (intermediate)"
    ],
    "GRADE_5": [
      "五级／初级工",
      "grade 5 (junior)"
    ]
  },
  "HEARING,INTELLECTUAL,MULTIPLE,PHYSICAL,PSYCHIATRIC,SPEECH,VISUAL": {
    "HEARING": [
      "听力残疾",
      "hearing disability"
    ],
    "INTELLECTUAL": [
      "智力残疾",
      "intellectual disability"
    ],
    "MULTIPLE": [
      "多重残疾",
      "multiple disability"
    ],
    "PHYSICAL": [
      "肢体残疾",
      "physical disability"
    ],
    "PSYCHIATRIC": [
      "精神残疾",
      "psychiatric disability"
    ],
    "SPEECH": [
      "言语残疾",
      "speech disability"
    ],
    "VISUAL": [
      "视力残疾",
      "visual disability"
    ]
  },
  "INSTITUTION,SCATTERED": {
    "INSTITUTION": [
      "机构养育",
      "raised in an institution"
    ],
    "SCATTERED": [
      "社会散居",
      "raised in the community"
    ]
  },
  "LISTED_CHANGE,TRUSTEE_REPLACEMENT,UNLISTED_CHANGE": {
    "LISTED_CHANGE": [
      "所列事项变更",
      "listed change"
    ],
    "TRUSTEE_REPLACEMENT": [
      "受托人变更",
      "change of trustee"
    ],
    "UNLISTED_CHANGE": [
      "未列事项变更",
      "unlisted change"
    ]
  },
  "NATURAL_PERSON,ORGANISATION": {
    "NATURAL_PERSON": [
      "自然人",
      "natural person"
    ],
    "ORGANISATION": [
      "法人或其他组织",
      "legal person or other organisation"
    ]
  },
  "OLD_AGE_ALLOWANCE,PREFERENTIAL_CARE,RESIDENT_BASIC_PENSION_BASE,SOCIAL_INSURANCE": {
    "OLD_AGE_ALLOWANCE": [
      "高龄津贴",
      "old-age allowance"
    ],
    "PREFERENTIAL_CARE": [
      "优待抚恤金",
      "preferential-care and survivors' pensions"
    ],
    "RESIDENT_BASIC_PENSION_BASE": [
      "中央确定的城乡居民基本养老保险基础养老金",
      "the centrally set base pension of the residents' basic pension insurance"
    ],
    "SOCIAL_INSURANCE": [
      "基本医疗保险等社会保险待遇",
      "basic medical insurance and other social insurance benefits"
    ]
  },
  "RURAL,URBAN": {
    "RURAL": [
      "农村",
      "countryside"
    ],
    "URBAN": [
      "城市",
      "city"
    ]
  }
};
})();
