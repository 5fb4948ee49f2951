package dev.hindsight.parse.infer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether a heading, or a lead-in standing for one, names the work a team commits to after an
 * incident: "Action items", "What we're going to do about it", "6. Safety recommendations",
 * "Biện pháp khắc phục lâu dài"; not what was done while it lasted ("Actions taken"), nor advice to
 * others ("Remediation for users"), nor "What went well" or "Lessons learned".
 */
final class ActionHeading {

    /** Where a heading or a column's name written in two languages parts: "Perchennog / Owner". */
    static final Pattern BILINGUAL = Pattern.compile("\\s+/\\s+");

    private static final List<String> HEADINGS = List.of("action item", "actions", "follow-up", "follow up", "followup",
            "remediation", "corrective action", "next steps", "todo", "to do", "to-do", "how are we going to do better",
            "how we will do better", "what we will do", "what we are doing", "what we are changing",
            "what we will change", "what happens next", "improvements", "preventive", "prevention", "remedial action",
            "countermeasure", "recommendation", "actionable", "action plan",
            // Spanish, German, French, Portuguese, Italian, Dutch, Polish, Scandinavian, Russian, Japanese,
            // Chinese and Korean teams' headings
            "acciones", "medidas", "próximos pasos", "tareas", "maßnahmen", "massnahmen", "nächste schritte",
            "plan d'action", "mesures", "actions correctives", "ações", "acoes", "próximos passos", "azioni",
            "prossimi passi", "misure", "vervolgactie", "opvolgactie", "acties", "actiepunten", "verbeterpunten", "maatregelen",
            "verbeteracties", "vervolgstappen", "offene punkte", "folgemaßnahmen", "prochaines étapes",
            "suites à donner", "actions à mener", "plan de acción", "plano de ação", "próximas etapas", "piano d'azione",
            "działania", "zalecenia", "następne kroki", "zadania", "rekomendacje", "åtgärder", "nästa steg", "tiltak",
            "tiltag", "handlingspunkter", "opfølgning", "oppfølging", "toimenpiteet", "jatkotoimet", "opatření",
            "nápravná opatření", "aksiyonlar", "önlemler", "меры", "план действий", "корректирующие", "дальнейшие шаги",
            "задачи", "再発防止", "対策", "対応策", "恒久対応", "今後の対応", "改善", "改进措施", "后续行动", "预防",
            "待办", "재발 방지", "후속 조치");
    /**
     * A horizon names work to come only alone ("Long term") or over the work ("Short-term fixes"):
     * "Short-term mitigation" lists what was done, "Long-term impact" the incident's effects.
     */
    private static final Pattern HORIZON = Pattern.compile("^(?:short|medium|long)[- ]term(?: (?:actions?|fixes|items"
            + "|measures|remediations?|improvements?|changes|work|tasks|steps|follow[- ]?ups?|solutions?|plans?|goals?))?[\\s:.]*$");
    /**
     * Work words that name a system's parts, not the team's work: "Background tasks" are a program's,
     * "the recommendations service" a system, "Measures of success" metrics.
     */
    private static final Pattern SYSTEM_WORK = Pattern.compile("(?u)\\b(?:background|scheduled|cron|celery|async"
            + "|asynchronous|batch|periodic|worker|queued|sidekiq|airflow) tasks\\b"
            + "|\\brecommendations? (?:service|engine|api|system|model|feed|widget|pipeline|cluster)\\b"
            + "|\\bmeasures? of\\b");
    /**
     * Words that make a heading an action heading wherever they stand in it: "New action items",
     * "Corrective and preventive actions (CAPA)"; in Japanese and Chinese headings, which put their
     * qualifiers first, "今後の対策", "整改措施".
     */
    private static final Pattern ACTION_WORDS = Pattern.compile("(?u)\\b(?:action items?|follow[- ]?ups?|next steps"
            + "|corrective|preventive|preventative|countermeasures?|actionables?|capa"
            + "|(?:should|will|must|can|could) we improve|we (?:should|will|must|need to) improve"
            + "|(?:and|&) (?:next )?actions|recommendations?|measures|remedial|tasks"
            + "|(?:things|findings|issues|items|what) to (?:fix|do|change|improve)"
            + "|\\bcommitments\\b|\\bcommitted to\\b|\\bagreed actions\\b"
            + "|(?:we|i) (?:are |am )?(?:going to|will|plan to|intend to)"
            + "|(?:will|are|is) (?:we|you|the team) (?:do|doing|going to|make|making|change|changing|fix|fixing|improve"
            + "|improving|prevent|preventing|stop|stopping)|(?:stop|prevent|avoid|never|not)\\b[^?]*happen(?:s|ing)? again"
            + "|what (?:is|comes) next)\\b|n't\\b[^?]*happen(?:s|ing)? again\\b"
            + "|maßnahmen|massnahmen|aksiyon|再発防止|対策|改善|改进|整改|后续|재발");
    /**
     * Stems that make a heading an action heading wherever they stand in it, by language: one table,
     * so that a language is added in one place. Scripts without spaces between words (Thai) and
     * headings that qualify their noun after it ("Biện pháp khắc phục lâu dài", "الإجراءات التصحيحية")
     * are why they are looked for anywhere, not at the start.
     */
    private static final Map<String, List<String>> STEMS = Map.ofEntries(
            Map.entry("cy", List.of("camau gweithredu", "camau nesaf", "argymhellion")),
            Map.entry("vi", List.of("biện pháp", "phòng ngừa", "hành động khắc phục", "việc cần làm")),
            Map.entry("ar", List.of("التصحيحية", "الوقائية", "التوصيات", "الخطوات التالية", "خطة العمل")),
            Map.entry("fa", List.of("اقدامات", "اصلاحی", "پیشگیرانه")),
            Map.entry("th", List.of("มาตรการ", "ป้องกัน", "ขั้นตอนต่อไป", "สิ่งที่ต้องทำ")),
            Map.entry("hi", List.of("सुधारात्मक", "निवारक", "कार्य योजना", "अगले कदम", "आगे की कार्रवाई")),
            Map.entry("tl", List.of("susunod na hakbang", "mga hakbang", "rekomendasyon")),
            Map.entry("id", List.of("tindak lanjut", "tindakan", "rencana perbaikan", "langkah selanjutnya", "pencegahan")),
            Map.entry("uk", List.of("заходи", "рекомендації", "що ми змінюємо", "що змінюємо", "что мы меняем",
                    "що ми робимо далі")),
            // "pending", as a board's card of work still open names itself: "Tarjeta: Pendientes"
            Map.entry("es", List.of("pendientes")),
            Map.entry("el", List.of("ενέργειες", "συστάσεις")),
            Map.entry("fi", List.of("toimenpiteet", "jatkotoimet", "suositukset", "seuraavat askeleet", "tehtävät",
                    "toimintasuunnitelma", "korjaavat")),
            Map.entry("et", List.of("meetmed", "järgmised sammud", "soovitused", "tegevuskava", "tegevused",
                    "järeltegevused")),
            Map.entry("lv", List.of("pasākumi", "nākamie soļi", "ieteikumi", "rīcības plāns", "uzdevumi",
                    "turpmākās darbības", "darbības")),
            Map.entry("sw", List.of("hatua zitakazochukuliwa", "hatua za baadaye", "hatua zinazofuata", "mapendekezo")),
            Map.entry("ka", List.of("შემდგომი ნაბიჯები", "შემდეგი ნაბიჯები", "ქმედებები", "რეკომენდაციები")),
            Map.entry("mn", List.of("цаашид авах", "дараагийн алхам", "зөвлөмж")),
            Map.entry("lt", List.of("veiksmų planas", "veiksmai", "priemonės", "tolesni žingsniai", "rekomendacijos",
                    "užduotys")),
            Map.entry("sk", List.of("opatrenia", "ďalšie kroky", "akčný plán", "odporúčania", "úlohy")),
            Map.entry("cs", List.of("opatření", "další kroky", "akční plán", "doporučení", "úkoly")),
            Map.entry("sl", List.of("ukrepi", "naslednji koraki", "priporočila", "naloge")),
            // Croatian, Bosnian and Serbian: not "mjere" alone, which begins "mjerenja" (measurements)
            Map.entry("hr", List.of("korektivn", "preventivn", "sljedeći koraci", "sledeći koraci", "akcijski plan",
                    "preporuke", "zadaci", "šta ćemo uraditi", "što ćemo učiniti", "šta ćemo preduzeti", "корективн", "превентивн", "следећи кораци", "препоруке")),
            Map.entry("bg", List.of("мерки", "следващи стъпки", "препоръки", "план за действие", "следни чекори",
                    "препораки")),
            Map.entry("ru", List.of("мероприятия", "следующие шаги", "наступні кроки", "план дій", "завдання",
                    "наступныя крокі", "что делаем дальше", "что дальше", "дальнейшие действия", "що робимо далі",
                    "що далі", "подальші дії")),
            Map.entry("ro", List.of("măsuri", "acțiuni", "pașii următori", "pași următori", "plan de acțiune",
                    "recomandări", "sarcini")),
            Map.entry("hu", List.of("intézkedések", "teendők", "következő lépések", "javaslatok", "feladatok")),
            Map.entry("tr", List.of("yapılacaklar", "sonraki adımlar", "eylem planı", "düzeltici", "öneriler")),
            Map.entry("ca", List.of("accions", "propers passos", "tasques", "pla d'acció", "millores", "què farem")),
            Map.entry("eu", List.of("ekintzak", "neurriak", "hurrengo urratsak", "hemendik aurrera", "aurrerantzean")),
            Map.entry("sq", List.of("masat", "veprimet", "hapat e ardhshëm", "rekomandimet")),
            Map.entry("is", List.of("aðgerðir", "næstu skref")),
            Map.entry("af", List.of("aksies", "volgende stappe", "aanbevelings", "wat gaan ons doen", "wat ons gaan doen")),
            Map.entry("ms", List.of("langkah seterusnya", "penambahbaikan")),
            Map.entry("he", List.of("פעולות", "המלצות", "משימות", "צעדים הבאים", "תוכנית פעולה")),
            Map.entry("bn", List.of("পদক্ষেপ", "করণীয়", "সুপারিশ", "আমরা যা করব")),
            Map.entry("ta", List.of("நடவடிக்கைகள்", "பரிந்துரைகள்")),
            Map.entry("ko", List.of("대책", "개선 사항", "조치 계획", "개선 과제", "조치 사항", "액션 아이템")),
            Map.entry("ja", List.of("アクションアイテム", "対応事項", "今後の課題")),
            Map.entry("zh", List.of("行动项", "行动计划", "待办事项", "纠正措施", "预防措施", "改进项")),
            Map.entry("other", List.of("recomendaciones", "recommandations", "empfehlungen", "recomendações",
                    "raccomandazioni", "aanbevelingen", "рекомендации", "acuerdos", "uppföljning", "rekommendationer",
                    "handlingsplan", "næste skridt", "anbefalinger", "opgaver", "neste steg", "oppgaver", "aufgaben",
                    "verbesserungen", "melhorias", "tarefas", "miglioramenti", "mejoras", "améliorations", "qué haremos",
                    "qué vamos a hacer", "o que vamos fazer", "ce que nous allons faire", "was wir tun werden",
                    // "what we are doing now", "what we will do from here on", in more languages
                    "ce facem", "ce vom face", "mitä teemme", "mitä aiomme tehdä", "hvad vi gør", "hvad gør vi",
                    "hva vi gjør", "hva gjør vi", "vad vi gör", "vad gör vi", "čo urobíme", "čo robíme", "co uděláme",
                    "co děláme", "mit teszünk", "mit fogunk tenni", "què farem", "què fem", "cosa faremo",
                    "cosa facciamo", "co zrobimy", "co robimy", "co zmieniamy", "co zmienimy", "wat we gaan doen", "wat we nu doen")));
    /**
     * Headings of what was done while the incident lasted: "Actions taken", "Remediation performed",
     * German "Sofortmaßnahmen", Japanese "暫定対策", Hindi "उठाए गए कदम", Tagalog "Mga ginawa habang ...", and in
     * a heading's note, Greek "(ολοκληρώθηκαν)", Hungarian "(megtörtént)".
     */
    private static final Pattern DONE_ALREADY = Pattern.compile("(?u)\\b(?:taken|performed|during|already|durante)\\b"
            + "|^sofort|暫定|đã thực hiện|tạm thời|المتخذة|الفورية|انجام شده|แล้ว"
            + "|yang diambil|ολοκληρώθηκ|megtörtént|उठाए गए|की गई|\\bginawa\\b"
            + "|\\b(?:proveden|izvršen|poduzet|vykonan|realizovan|podjęte|wykonane|atlikt|veikt|tehtud|tehdyt|tehty"
            + "|toteutetut|genomförda|vidtagna|udførte|gennemførte|utførte|gjennomførte|uitgevoerd|genomen|getroffen"
            + "|ergriffen|durchgeführt|prises|effectuées|réalisées|tomadas|realizadas|adoptadas|adottate|intraprese"
            + "|effettuate|luate|întreprinse|alınan|принятые|предпринятые|вжиті|предприети|взети)"
            + "|שננקטו|שבוצעו|כבר בוצע|已采取|已完成|実施済|zilizochukuliwa|reeds gedoen|авсан|dagoeneko");
    /**
     * Headings of what others are to do: an advisory's "Remediation for users", an RCA's
     * "Recommendations — customer", a provider's "Recommendations for your consideration" are advice,
     * not the team's commitments.
     */
    private static final Pattern FOR_OTHERS = Pattern.compile("(?u)\\b(?:for|to|by) (?:the )?(?:users?|customers?|clients?)\\b"
            + "|\\bfor your (?:consideration|team|side)\\b|\\b(?:your|their) side\\b"
            + "|[—–-]\\s*(?:the )?(?:users?|customers?|clients?)$");

    /**
     * Recommendations addressed by name to another party, as a vendor's RCA ends with advice to its
     * customer: "Recommendations for Sizwe Retail Group"; not "Recommendations for Improvement" nor
     * "… for the Platform Team", which are the writers' own.
     */
    private static final Pattern TO_A_NAMED_PARTY = Pattern.compile("^(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(?i:recommendations?"
            + "|advice|guidance|empfehlungen|recommandations|recomendaciones|recomendações|raccomandazioni)"
            + "\\s+(?i:for|to|für|an|pour|à|para|per)\\s+(?!(?i:the|our|us|improvements?|future|prevention|follow-?ups?"
            + "|actions?|next|remediation|changes?|engineering|operations|product|platform|management|leadership"
            + "|teams?|internal|ourselves)\\b)\\p{Lu}");

    /** Work decided against, as a heading names it ({@link #setsAside}). */
    private static final Pattern SET_ASIDE = Pattern.compile("(?u)\\b(?:not doing|will not do|won'?t do|rejected|dropped"
            + "|declined|out of scope|not (?:planned|pursued|taken forward|committed|adopted|accepted)|decided against|considered but|discussed but|no comprometid|descartad|rechazad|verworfen"
            + "|abgelehnt|écarté|rejeté|scartat|afgewezen|odrzucon|zamítnut|hylät|avvist|avvisad|отклонен|відхилен)"
            + "|見送|やらない|不做|放弃|보류|татгалзсан|noraidīt");
    private static final Pattern NOTE = Pattern.compile("\\(([^)]*)\\)");
    private static final Pattern DONE_NOTE = Pattern.compile("(?:all |already )?(?:done|completed?|finished|closed)");
    /** A done word with the rest of its word ("ολοκληρώθηκαν"), to see whether a note says nothing else. */
    private static final Pattern DONE_WORD = Pattern.compile("(?:" + DONE_ALREADY.pattern() + ")\\p{L}*");

    private ActionHeading() {
    }

    /** @param name the heading in lower case; a heading in two languages ("camau gweithredu / actions") counts by either */
    static boolean is(String name) {
        return BILINGUAL.splitAsStream(name).map(ActionHeading::spelled).anyMatch(spelled ->
                (HEADINGS.stream().anyMatch(spelled::startsWith) || ACTION_WORDS.matcher(spelled).find()
                        || HORIZON.matcher(spelled).find()
                        || STEMS.values().stream().flatMap(List::stream).anyMatch(spelled::contains))
                        && !DONE_ALREADY.matcher(spelled).find() && !FOR_OTHERS.matcher(spelled).find()
                        && !SYSTEM_WORK.matcher(spelled).find());
    }

    /**
     * Whether a heading says in brackets that its work is done: "Azonnali intézkedések (megtörtént)",
     * "Corrective actions (completed)"; the note says only that, not "(already filed in Jira)". A heading's name leaves its brackets out, so this reads its title.
     */
    static boolean notesDone(String title) {
        return NOTE.matcher(title.toLowerCase(Locale.ROOT)).results().map(note -> note.group(1).strip())
                .anyMatch(note -> DONE_NOTE.matcher(note).matches()
                        || DONE_ALREADY.matcher(note).find() && DONE_WORD.matcher(note).replaceAll("").isBlank());
    }

    /** Whether a heading's title, as written, addresses its recommendations to another party by name ({@link #TO_A_NAMED_PARTY}). */
    static boolean addressesAnother(String title) {
        return TO_A_NAMED_PARTY.matcher(title.strip()).find();
    }

    /**
     * Whether a heading under an action heading sets its items aside as work decided against: "Not
     * doing", "Considered and rejected", Japanese "見送ったもの".
     */
    static boolean setsAside(String title) {
        return SET_ASIDE.matcher(spelled(title.toLowerCase(Locale.ROOT))).find();
    }

    /** A heading's name with its contractions spelled out. */
    static String spelled(String name) {
        return name.replace('’', '\'')
                .replace("what's", "what is").replace("we're", "we are").replace("we'll", "we will").replace("i'll", "i will")
                .replace("what i'm ", "what we are ").replace("what i ", "what we ");
    }
}
