-- Reference data of the embedded default: the subjects of the Kyrgyz Presidential Administration's
-- appeals statistics, the regions of Kyrgyzstan, the bodies that answer appeals, reception points,
-- routing rules and two officials per body. Edited later by further migrations, never in place.

insert into category (code, name_ky, name_ru, name_en, position) values
 ('COURTS_LAW_ENFORCEMENT', 'Соттор жана укук коргоо органдары', 'Суды и правоохранительные органы', 'Courts and law enforcement', 1),
 ('LAND_HOUSING', 'Жер участоктору жана турак жай', 'Земельные участки и жильё', 'Land plots and housing', 2),
 ('SOCIAL', 'Социалдык маселелер (саламаттык, билим берүү, маданият, туризм, пенсия, материалдык жардам)', 'Социальные вопросы (здравоохранение, образование, культура, туризм, пенсии, материальная помощь)', 'Social matters (health, education, culture, tourism, pensions, material aid)', 3),
 ('AWARDS_CITIZENSHIP', 'Мамлекеттик сыйлыктар, жарандык, мунапыс', 'Государственные награды, гражданство, амнистия', 'State awards, citizenship, amnesty', 4),
 ('ECONOMY', 'Экономикалык маселелер (кредит жана анын пайыздары)', 'Экономические вопросы (кредиты и проценты по ним)', 'Economic matters (credit and its interest)', 5),
 ('OTHER', 'Башка маселелер', 'Прочие вопросы', 'Other', 6);

insert into region (code, name_ky, name_ru, name_en, position) values
 ('BISHKEK', 'Бишкек шаары', 'город Бишкек', 'Bishkek City', 1),
 ('OSH_CITY', 'Ош шаары', 'город Ош', 'Osh City', 2),
 ('BATKEN', 'Баткен облусу', 'Баткенская область', 'Batken Region', 3),
 ('JALAL_ABAD', 'Жалал-Абад облусу', 'Джалал-Абадская область', 'Jalal-Abad Region', 4),
 ('ISSYK_KUL', 'Ысык-Көл облусу', 'Иссык-Кульская область', 'Issyk-Kul Region', 5),
 ('NARYN', 'Нарын облусу', 'Нарынская область', 'Naryn Region', 6),
 ('OSH', 'Ош облусу', 'Ошская область', 'Osh Region', 7),
 ('TALAS', 'Талас облусу', 'Таласская область', 'Talas Region', 8),
 ('CHUI', 'Чүй облусу', 'Чуйская область', 'Chüy Region', 9);

insert into body (code, name_ky, name_ru, name_en, position) values
 ('APPEALS_DEPARTMENT', 'Президенттин Администрациясынын жарандардын кайрылуулары менен иштөө бөлүмү', 'Отдел по работе с обращениями граждан Администрации Президента', 'Citizens'' Appeals Department of the Presidential Administration', 1),
 ('PROSECUTOR_GENERAL', 'Башкы прокуратура', 'Генеральная прокуратура', 'Prosecutor General''s Office', 2),
 ('MIN_INTERIOR', 'Ички иштер министрлиги', 'Министерство внутренних дел', 'Ministry of Internal Affairs', 3),
 ('SUPREME_COURT_JD', 'Жогорку Соттун алдындагы Сот департаменти', 'Судебный департамент при Верховном суде', 'Judicial Department under the Supreme Court', 4),
 ('MIN_LABOUR_SOCIAL', 'Эмгек, социалдык камсыздоо жана миграция министрлиги', 'Министерство труда, социального обеспечения и миграции', 'Ministry of Labour, Social Security and Migration', 5),
 ('MIN_HEALTH', 'Саламаттыкты сактоо министрлиги', 'Министерство здравоохранения', 'Ministry of Health', 6),
 ('MIN_EDUCATION', 'Билим берүү жана илим министрлиги', 'Министерство образования и науки', 'Ministry of Education and Science', 7),
 ('MIN_ECONOMY', 'Экономика жана коммерция министрлиги', 'Министерство экономики и коммерции', 'Ministry of Economy and Commerce', 8),
 ('LAND_RESOURCES', 'Жер ресурстары боюнча мамлекеттик агенттик', 'Государственное агентство по земельным ресурсам', 'State Agency for Land Resources', 9),
 ('STATE_REGISTRATION', 'Мамлекеттик каттоо кызматы', 'Государственная регистрационная служба', 'State Registration Service', 10),
 ('BISHKEK_CITY_HALL', 'Бишкек шаарынын мэриясы', 'Мэрия города Бишкек', 'Bishkek City Hall', 11);

insert into reception_point (code, name_ky, name_ru, name_en, position, region_code) values
 ('BISHKEK_CENTRAL', 'Президенттин Администрациясынын коомдук кабылдамасы, Бишкек', 'Общественная приёмная Администрации Президента, Бишкек', 'Public Reception of the Presidential Administration, Bishkek', 1, 'BISHKEK'),
 ('OSH_SOUTH', 'Түштүк региондук коомдук кабылдама, Ош', 'Южная региональная общественная приёмная, Ош', 'Southern Regional Public Reception, Osh', 2, 'OSH_CITY'),
 ('JALAL_ABAD', 'Жалал-Абад облустук коомдук кабылдамасы', 'Джалал-Абадская областная общественная приёмная', 'Jalal-Abad Regional Public Reception', 3, 'JALAL_ABAD'),
 ('KARAKOL', 'Ысык-Көл облустук коомдук кабылдамасы, Каракол', 'Иссык-Кульская областная общественная приёмная, Каракол', 'Issyk-Kul Regional Public Reception, Karakol', 4, 'ISSYK_KUL'),
 ('NARYN', 'Нарын облустук коомдук кабылдамасы', 'Нарынская областная общественная приёмная', 'Naryn Regional Public Reception', 5, 'NARYN');

-- Subject (and optionally region) to the competent body. A rule with a region wins over one without.
-- OTHER has no rule: a dispatcher routes it.
insert into routing_rule (id, category_code, region_code, body_code) values
 (1, 'COURTS_LAW_ENFORCEMENT', null, 'PROSECUTOR_GENERAL'),
 (2, 'LAND_HOUSING', null, 'LAND_RESOURCES'),
 (3, 'LAND_HOUSING', 'BISHKEK', 'BISHKEK_CITY_HALL'),
 (4, 'SOCIAL', null, 'MIN_LABOUR_SOCIAL'),
 (5, 'AWARDS_CITIZENSHIP', null, 'STATE_REGISTRATION'),
 (6, 'ECONOMY', null, 'MIN_ECONOMY');

-- Two officials per body. The demo account 'officer' is an official of the Ministry of Labour.
insert into official (id, username, full_name, body_code, active, open_appeals) values
 (1, 'appeals.asanova', 'Асанова Гүлнара Маратовна', 'APPEALS_DEPARTMENT', true, 0),
 (2, 'appeals.tokonov', 'Токонов Эрлан Бакытович', 'APPEALS_DEPARTMENT', true, 0),
 (3, 'gp.abdyldaev', 'Абдылдаев Нурбек Сапарович', 'PROSECUTOR_GENERAL', true, 0),
 (4, 'gp.sydykova', 'Сыдыкова Жазгүл Айтбековна', 'PROSECUTOR_GENERAL', true, 0),
 (5, 'mvd.imanaliev', 'Иманалиев Бакыт Кубанычбекович', 'MIN_INTERIOR', true, 0),
 (6, 'mvd.kadyrova', 'Кадырова Нургүл Эсеновна', 'MIN_INTERIOR', true, 0),
 (7, 'court.mamytov', 'Мамытов Азамат Жолдошевич', 'SUPREME_COURT_JD', true, 0),
 (8, 'court.alieva', 'Алиева Динара Руслановна', 'SUPREME_COURT_JD', true, 0),
 (9, 'officer', 'Осмонов Айбек Таалайбекович', 'MIN_LABOUR_SOCIAL', true, 0),
 (10, 'mlsd.bekova', 'Бекова Айгүл Нурлановна', 'MIN_LABOUR_SOCIAL', true, 0),
 (11, 'health.sultanova', 'Султанова Мээрим Алмазовна', 'MIN_HEALTH', true, 0),
 (12, 'health.ermekov', 'Эрмеков Талант Кенешович', 'MIN_HEALTH', true, 0),
 (13, 'edu.jumabaeva', 'Жумабаева Чолпон Асановна', 'MIN_EDUCATION', true, 0),
 (14, 'edu.usupov', 'Усупов Мирлан Бекболотович', 'MIN_EDUCATION', true, 0),
 (15, 'econ.sharshenov', 'Шаршенов Данияр Маратович', 'MIN_ECONOMY', true, 0),
 (16, 'econ.omurova', 'Омурова Айзада Каныбековна', 'MIN_ECONOMY', true, 0),
 (17, 'land.kasymov', 'Касымов Улан Жумабекович', 'LAND_RESOURCES', true, 0),
 (18, 'land.toktosunova', 'Токтосунова Бермет Усеновна', 'LAND_RESOURCES', true, 0),
 (19, 'reg.nurlanov', 'Нурланов Санжар Азаматович', 'STATE_REGISTRATION', true, 0),
 (20, 'reg.myrzakmatova', 'Мырзакматова Элнура Токтогуловна', 'STATE_REGISTRATION', true, 0),
 (21, 'mayor.baiyshev', 'Байышев Медер Алмазбекович', 'BISHKEK_CITY_HALL', true, 0),
 (22, 'mayor.temirova', 'Темирова Жибек Султановна', 'BISHKEK_CITY_HALL', true, 0);
