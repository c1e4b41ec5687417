# key: (en, az, ru)
M = {
"title": ("Mine clearance in Azerbaijan's liberated territories", "Azərbaycanın azad edilmiş ərazilərində minatəmizləmə", "Разминирование на освобождённых территориях Азербайджана"),
"purpose": ("How much land has been made safe, week by week, from the reports of the Azerbaijan National Agency for Mine Action (ANAMA).", "Azərbaycan Respublikasının Minadan Təmizləmə üzrə Agentliyinin (ANAMA) hesabatlarına görə torpaqların həftəbəhəftə təhlükəsiz edilməsi.", "Сколько земли очищено от мин, неделя за неделей, по отчётам Национального агентства Азербайджана по разминированию (ANAMA)."),
"data_as_of": ("Data as of {date}", "Məlumatlar {date} tarixinədək", "Данные на {date}"),
"source_anama": ("Source: ANAMA, as published by the outlets cited", "Mənbə: ANAMA, istinad edilən KİV-lərin dərc etdiyi kimi", "Источник: ANAMA, по публикациям указанных СМИ"),
"language": ("Language", "Dil", "Язык"),
"skip_link": ("Skip to the figures", "Rəqəmlərə keç", "Перейти к цифрам"),
"counters_heading": ("Cleared so far", "İndiyədək təmizlənib", "Очищено к настоящему времени"),
"hectares": ("Land cleared", "Təmizlənmiş ərazi", "Очищенная территория"),
"anti_personnel": ("Anti-personnel mines", "Piyada əleyhinə minalar", "Противопехотные мины"),
"anti_tank": ("Anti-tank mines", "Tank əleyhinə minalar", "Противотанковые мины"),
"uxo": ("Unexploded ordnance", "Partlamamış hərbi sursat", "Неразорвавшиеся боеприпасы"),
"total_items": ("Mines and ordnance in all", "Cəmi mina və sursat", "Всего мин и боеприпасов"),
"unit_ha": ("ha", "ha", "га"),
"unit_items": ("items", "ədəd", "шт."),
"cumulative_basis": ("ANAMA cumulative statement as of {date}", "ANAMA-nın {date} tarixinədək ümumi açıqlaması", "Сводные данные ANAMA на {date}"),
"weekly_basis": ("Sum of {n} reported weeks, {period}", "{n} açıqlanmış həftənin cəmi, {period}", "Сумма за {n} опубликованных недель, {period}"),
"weekly_partial": ("{k} of {n} weeks printed this figure", "{n} həftədən {k}-də bu rəqəm verilib", "Эта цифра есть в {k} из {n} недель"),
"lower_bound": ("at least: some weeks printed “over N”", "ən azı: bəzi həftələrdə “N-dən çox” yazılıb", "не менее: в некоторых неделях «более N»"),
"derived_total": ("Derived: anti-tank + anti-personnel + UXO", "Hesablanıb: tank əleyhinə + piyada əleyhinə + sursat", "Расчёт: противотанковые + противопехотные + боеприпасы"),
"km2_equiv": ("= {km2} km², about {pitches} football pitches", "= {km2} km², təxminən {pitches} futbol meydançası", "= {km2} км², около {pitches} футбольных полей"),
"pitch_note": ("1 ha = 0.01 km²; a pitch of 105 × 68 m is 0.714 ha", "1 ha = 0,01 km²; 105 × 68 m meydança 0,714 ha-dır", "1 га = 0,01 км²; поле 105 × 68 м — 0,714 га"),
"gloss_anti_tank": ("Large mines built to destroy vehicles; the weight of a car or tractor sets them off.", "Texnikanı məhv etmək üçün iri minalar; avtomobil və ya traktorun ağırlığı onları partladır.", "Крупные мины против техники; срабатывают под весом машины или трактора."),
"gloss_anti_personnel": ("Small mines built to kill or maim people; a single footstep sets them off.", "İnsanları öldürmək və ya şikəst etmək üçün kiçik minalar; bir addım onları partladır.", "Небольшие мины, убивающие и калечащие людей; срабатывают от одного шага."),
"gloss_uxo": ("Shells, bombs, rockets and cluster submunitions that were fired or dropped but did not explode.", "Atılmış, lakin partlamamış mərmilər, bombalar, raketlər və kaset sursatları.", "Снаряды, бомбы, ракеты и кассетные суббоеприпасы, которые не взорвались."),
"gloss_hectares": ("Land searched, cleared of explosives and handed back for use. 1 hectare = 10,000 m².", "Axtarılmış, partlayıcılardan təmizlənmiş və istifadəyə verilmiş ərazi. 1 hektar = 10 000 m².", "Обследованная, очищенная от взрывоопасных предметов и переданная в пользование земля. 1 гектар = 10 000 м²."),
"source": ("Source", "Mənbə", "Источник"),
"sources": ("Sources", "Mənbələr", "Источники"),
"no_address": ("address not captured", "ünvan qeydə alınmayıb", "адрес не сохранён"),
"context_heading": ("The scale of the problem", "Problemin miqyası", "Масштаб проблемы"),
"ctx_mines": ("mines estimated in the ground", "torpaqda olduğu ehtimal edilən mina", "мин, по оценкам, в земле"),
"ctx_area": ("km² contaminated: about {pct}% of Azerbaijan's {total} km²", "km² çirklənib: Azərbaycanın {total} km² ərazisinin təxminən {pct}%-i", "км² загрязнено: около {pct}% из {total} км² Азербайджана"),
"ctx_area_note": ("Share derived: 11,667 ÷ 86,600 km²", "Pay hesablanıb: 11 667 ÷ 86 600 km²", "Доля рассчитана: 11 667 ÷ 86 600 км²"),
"ctx_victims": ("mine victims since November 2020", "2020-ci ilin noyabrından mina qurbanı", "жертв мин с ноября 2020 года"),
"ctx_victims_detail": ("{killed} killed, {injured} injured, as of {date}", "{killed} nəfər həlak olub, {injured} nəfər yaralanıb, {date} tarixinə", "{killed} погибли, {injured} ранены, на {date}"),
"ctx_goal": ("ha a year: the stated clearance goal", "ha ildə: elan edilmiş təmizləmə hədəfi", "га в год: заявленная цель разминирования"),
"method_heading": ("Sources and method", "Mənbələr və metod", "Источники и методика"),
"method_intro": ("Every figure comes from a published report of ANAMA's numbers and links to it. Missing weeks are gaps, never zeros, and nothing is interpolated. All-time and annual figures come from ANAMA's own statements, not from adding up weeks, because the press reported only some of the weeks.", "Hər rəqəm ANAMA məlumatlarının dərc olunmuş xəbərindən götürülüb və ona keçid var. Çatışmayan həftələr boşluqdur, sıfır deyil; heç nə təxmin edilmir. Ümumi və illik rəqəmlər həftələrin toplanmasından deyil, ANAMA-nın öz açıqlamalarındandır, çünki mətbuat həftələrin yalnız bir hissəsini dərc edib.", "Каждая цифра взята из опубликованного сообщения с данными ANAMA и ссылается на него. Пропущенные недели — пробелы, а не нули; ничего не интерполируется. Итоговые и годовые цифры — из заявлений ANAMA, а не сумма недель: пресса сообщала лишь о части недель."),
"coverage_heading": ("Weekly reports found, by year", "İllər üzrə tapılmış həftəlik hesabatlar", "Найденные еженедельные отчёты по годам"),
"col_year": ("Year", "İl", "Год"),
"col_periods": ("Weeks", "Həftələr", "Недели"),
"col_weekly_ha": ("Sum of weeks, ha", "Həftələrin cəmi, ha", "Сумма недель, га"),
"col_annual_ha": ("ANAMA annual total, ha", "ANAMA illik cəmi, ha", "Годовой итог ANAMA, га"),
"col_coverage": ("Share covered", "Əhatə payı", "Доля охвата"),
"status_confirmed": ("confirmed", "təsdiqlənib", "подтверждено"),
"status_single": ("single source", "tək mənbə", "один источник"),
"status_disputed": ("disputed", "mübahisəli", "спорно"),
"status_withheld": ("withheld", "göstərilmir", "не показано"),
"explain_confirmed": ("two or more independent outlets print the same figures", "iki və ya daha çox müstəqil KİV eyni rəqəmləri verir", "два и более независимых СМИ приводят одинаковые цифры"),
"explain_single": ("one outlet printed the figures", "rəqəmləri bir KİV verib", "цифры привело одно СМИ"),
"explain_disputed": ("outlets disagree; the unresolved figure is left empty and both readings are kept", "KİV-lər razılaşmır; həll olunmamış rəqəm boş qalır, hər iki variant saxlanılır", "СМИ расходятся; спорная цифра не показана, оба варианта сохранены"),
"explain_withheld": ("implausible or unverifiable; listed with the reason, left out of charts and sums", "inandırıcı deyil və ya yoxlanıla bilmir; səbəbi ilə siyahıdadır, qrafik və cəmlərə daxil deyil", "неправдоподобно или не проверяемо; указано с причиной, не входит в графики и суммы"),
"flagged_heading": ("Disputed and withheld weeks", "Mübahisəli və göstərilməyən həftələr", "Спорные и скрытые недели"),
"derived_coverage": ("Share covered = sum of weeks ÷ annual total. The 2021 total is the Ministry of Defence's, so its share is indicative only.", "Əhatə payı = həftələrin cəmi ÷ illik cəm. 2021-ci il cəmi Müdafiə Nazirliyinindir, ona görə pay yalnız təxminidir.", "Доля охвата = сумма недель ÷ годовой итог. Итог 2021 года — данные Минобороны, поэтому доля ориентировочная."),
"scope_note": ("Figures of the Ministry of Defence and of the State Statistics Committee are kept apart from ANAMA's and never added to them.", "Müdafiə Nazirliyi və Dövlət Statistika Komitəsinin rəqəmləri ANAMA-nınkından ayrı saxlanılır və onlara əlavə edilmir.", "Данные Минобороны и Госкомстата хранятся отдельно от данных ANAMA и никогда с ними не суммируются."),
"boundary_credit": ("District boundaries: Natural Earth admin-1 (Made with Natural Earth), simplified. Natural Earth labels Lachin “Lankaran”; corrected here.", "Rayon sərhədləri: Natural Earth admin-1 (Made with Natural Earth), sadələşdirilib. Natural Earth Laçını “Lənkəran” adlandırır; burada düzəldilib.", "Границы районов: Natural Earth admin-1 (Made with Natural Earth), упрощены. В Natural Earth Лачин подписан как «Ленкорань»; здесь исправлено."),
"reason": ("Reason", "Səbəb", "Причина"),
"period": ("Period", "Dövr", "Период"),
"status": ("Status", "Status", "Статус"),
"whole_region": ("Whole region", "Bütün region", "Весь регион"),
"footer": ("Clearance Atlas: open data visualisation. Figures are as published; corrections welcome.", "Clearance Atlas: açıq məlumat vizuallaşdırması. Rəqəmlər dərc edildiyi kimidir; düzəlişlər xoşdur.", "Clearance Atlas: визуализация открытых данных. Цифры приведены как опубликованы; исправления приветствуются."),
"data_error": ("The embedded data could not be read. Nothing is shown rather than a wrong number.", "Daxili məlumatlar oxuna bilmədi. Səhv rəqəm göstərməkdənsə heç nə göstərilmir.", "Встроенные данные не прочитаны. Лучше ничего не показывать, чем неверную цифру."),
}
import sys
keys=list(M.keys())
out=["//! The message catalogues: one `Messages` value per language. Adding a field to the struct",
"//! without adding it to every language fails to compile.","",
"/// Every UI string, in one language.","#[derive(Debug)]","pub struct Messages {"]
for k in keys: out.append(f"    /// `{k}`: {M[k][0][:60].replace('`','')}\n    pub {k}: &'static str,")
out.append("}")
def esc(s): return s.replace('\\','\\\\').replace('"','\\"')
for name,i in (("EN",0),("AZ",1),("RU",2)):
    out.append(f"\n/// {['English','Azerbaijani (Latin script)','Russian'][i]}.\npub const {name}: Messages = Messages {{")
    for k in keys: out.append(f'    {k}: "{esc(M[k][i])}",')
    out.append("};")
open('/work/main/src/i18n/messages.rs','w').write("\n".join(out)+"\n")
print(len(keys))
