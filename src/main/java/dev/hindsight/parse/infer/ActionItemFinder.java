package dev.hindsight.parse.infer;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Node;
import dev.hindsight.model.ActionItem;
import dev.hindsight.model.ActionStatus;
import dev.hindsight.model.ActionType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Action items as teams write them in the body: tables under an "Action Items" heading (columns
 * matched by their header), checklists, bullets marked DONE/TODO or "(done)", or paragraphs. A
 * table with an "Action item" column counts wherever it is.
 */
final class ActionItemFinder {

    /** Who owns an item nobody was named for. */
    static final String UNASSIGNED = "unassigned";

    /** What a section says when it lists no item: "None.", "N/A", "No further action is needed." */
    private static final Pattern NO_ITEMS = Pattern.compile("(?iu)^(?:none|n/a|nothing|no (?:further )?(?:action|follow)"
            // "Keine weiteren.", "Aucune.", "Ninguno.", "Nenhuma.", "Nessuna.", "Geen.", "Brak.", "Žádné.", "Inga."
            + "|keine|aucune?|ningun[oa]|nenhuma?|nessun[oa]|geen|brak|žádné|inga|ingen|ingenting|ei mitään|yok|нет"
            + "|немає|なし|无|無|없음)(?!\\p{L})");
    /** A paragraph that ends saying so: "..., so there is nothing further to track here." */
    private static final String NOTHING_TO = "nothing (?:further|more|else|new) to (?:track|do|follow up)";
    private static final Pattern NOTHING_FURTHER = Pattern.compile("(?i)\\b(?:" + NOTHING_TO + "|no (?:further )?(?:action|follow[- ]?up|work)s? (?:is |are )?(?:needed|required|planned))"
            + "[^.!?]*[.!?]?\\s*$");
    /**
     * A paragraph that only points to the tracker where the work is listed: "See the linked issues.",
     * Japanese "関連するチケットを参照。"; the tracker's list is read instead ({@link #trackedWork}).
     */
    private static final Pattern POINTS_TO_TRACKER = Pattern.compile("(?iu)^(?:(?:please )?(?:see|refer to) (?:the )?"
            + "(?:linked|related|child|sub-?) ?(?:issues|tickets|tasks|work items)"
            + "|siehe (?:die )?verknüpften? (?:tickets|vorgänge|aufgaben)|voir les (?:tickets|tâches) liée?s"
            + "|ver (?:los )?(?:tickets|incidentes) relacionados|zie (?:de )?gekoppelde (?:issues|tickets)"
            + "|関連(?:する|している)?チケット(?:を|の一覧を)?参照|関連チケット参照|见关联(?:任务|工单))[^.!?。]*[.!?。]?$");
    /**
     * A converted document's running header or footer: parts set apart by middle dots ending in the
     * document's version, "RCA-2024-011 · Delayed payroll file submissions · v1.2", or a line ending
     * in its page, "… Cape Town 8001 Page 3 of 4". A tracker's line of parts ("OPS-12 · Add alerting
     * · Ana") stays an item.
     */
    private static final Pattern PAGE_LINE = Pattern.compile("(?i)[^·\\n]+(?:\\s·\\s[^·\\n]+)+\\s·\\s(?:v|version\\s*)\\d+(?:\\.\\d+)*"
            + "|.*\\bPage \\d+ of \\d+");
    /** Anywhere in a paragraph: "So: nothing new to track. If you think we've missed something, shout." */
    private static final Pattern NOTHING_TO_TRACK = Pattern.compile("(?i)\\b" + NOTHING_TO
            + "\\b|\\bno (?:new |further )?(?:follow[- ]?ups|action items)\\b");
    /**
     * A longer lead-in that says the list after it is work to come: "To stop this from happening
     * again, we are:", "Going forward we will:".
     */
    private static final Pattern FUTURE_LEAD_IN = Pattern.compile("(?i)\\b(?:prevent|recurr|happen(?:ing)? again"
            + "|going forward|in (?:the )?future|from now on|next steps?|follow[- ]?ups?|action items?|do better|to-?dos?)");
    private static final int MAX_FUTURE_LEAD_IN_WORDS = 20;
    /** The most words of a sentence of prose that says the paragraphs after it are measures. */
    private static final int MAX_PROSE_LEAD_IN_WORDS = 40;
    /** A list item over a nested list that only names a group of them: "Network:", "Monitoring". */
    private static final int MAX_GROUP_WORDS = 3;
    /** A tracker's key: "OPS-4413", "PAY-2291". */
    private static final String KEY = "[A-Z][A-Z0-9]{0,9}-\\d+";
    /**
     * A line that is an item of its own in a paragraph of such lines: {@code TODO(owner): ...},
     * {@code TODO: ...}, {@code DONE ...}, starting with its ticket or number ({@code OPS-12 ...},
     * {@code SR-1: ...}) or its mark ({@code ☐ ...}); or one with a {@link #LINE_MARK}.
     */
    private static final Pattern ITEM_LINE = Pattern.compile("^\\s*(?:(?:\\*\\*|__)?(?:TODO|DONE|ACTION)\\b"
            + "|" + KEY + "\\b|(?:MARKS))".replace("MARKS", ItemMark.ANY));
    /**
     * What numbers or bullets a line of its own, and is no part of its text: a report's paragraph
     * number ("5.1 "), a number in a script CommonMark lists none in ("١. "), a letter ("(a) ", "a) "), a
     * bullet pasted from a word processor ("• "), an arrow or a dash ("→ ", "— ").
     */
    private static final Pattern LINE_MARK = Pattern.compile("^\\s*(?:\\d+\\.\\d+\\s|\\p{Nd}{1,3}[.)]\\s|\\(?(?:[a-z]|[ivx]+)\\)\\s"
            + "|[•▪◦‣→—–]|\\.(?=\\s))\\s*");
    /**
     * A dash before one line alone is a signature's ("— the ops team"), a dot one sentence's end on the
     * next line; only a run of them lists items, as AsciiDoc marks its list items with dots.
     */
    private static final Pattern DASH_LINE = Pattern.compile("^\\s*[—–.]");
    /** A line marked TODO, DONE or, as minutes mark them, ACTION: an item wherever it stands. */
    private static final Pattern TODO_LINE = Pattern.compile("^\\s*(?:\\*\\*|__)?(?:TODO|DONE|ACTION)\\b");
    /** The mark of an action line in minutes, which is no part of its title: "ACTION: Bo to renew the licence". */
    private static final Pattern ACTION_MARK = Pattern.compile("^\\s*(?:\\*\\*|__)?ACTION(?:\\*\\*|__)?\\s*[:\\-–]\\s*(?:\\*\\*|__)?");
    /** The kind a callout opens with: "[!todo] Follow-ups". */
    private static final Pattern CALLOUT = Pattern.compile("^\\[!([\\p{L}-]+)][+-]?\\s*");
    /** Where the items of a table cell part: "1. Fail the job<br>2. Alert when ...". */
    private static final Pattern CELL_BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern CELL_ITEM_NUMBER = Pattern.compile("^\\s*(?:\\d+[.)]|[-*•])\\s+");
    /** A paragraph or list item that introduces a list of action items is this short: "Follow-ups:", "todo:". */
    private static final int MAX_LEAD_IN_WORDS = 3;
    /** A line that is a phrase in bold, after an emoji or a mark: "📌 **সামনে আমরা যা করব**", "**Next steps:**". */
    private static final Pattern BOLD_LINE_OWN = Pattern.compile("^[^\\p{L}\\p{N}*_]*(?:\\*\\*|__)[^*_]+(?:\\*\\*|__)[\\s:]*$");
    /**
     * A lead-in set in bold is a heading a word processor exported: "**Action items and owners**"; one
     * that ends in a colon says a list follows: "What we will do:".
     */
    private static final int MAX_BOLD_LEAD_IN_WORDS = 8;
    private static final Pattern STATUS_MARK = Pattern.compile("(?i)^\\s*(?:\\*\\*|__)?(DONE|TODO)(?:\\*\\*|__)?\\s*[:\\-–]?\\s*"
            + "|(?<!\\s)\\s*+(?:\\*\\*|__)(DONE|TODO)(?:\\*\\*|__)\\s*+");
    /** In a table cell, where the bold is gone from the text, a mark is the word in capitals. */
    private static final Pattern CELL_MARK = Pattern.compile("(?<!\\s)\\s*+\\b(DONE|TODO)\\b\\s*+");
    private static final Pattern DONE_DURING_INCIDENT = Pattern.compile("(?iu)\\b(?:done|completed|fixed|resolved) during "
            + "(?:the )?incident\\b|\\bgedaan tijdens het incident\\b|\\berledigt während des vorfalls\\b"
            + "|\\bfait pendant l'incident\\b");
    /** An item struck through and said to be given up; one struck through as done ("~~Restart~~ (done)") still counts. */
    private static final Pattern STRUCK_DROPPED = Pattern.compile("(?i)^~~[^~]+~~\\W*+(?:dropped|won'?t|cancel+ed|rejected"
            + "|not doing|descoped|abandoned|voted down|not adopted)");
    /** An outliner's tag that parks an item for later, no commitment: "#parked force-upgrade 3.x hubs". */
    private static final Pattern PARKED_TAG = Pattern.compile("(?iu)(?:^|\\s)#(?:parked|someday|later|icebox)(?![\\p{L}\\d_-])");
    private static final Pattern DONE_SUFFIX = Pattern.compile("(?i)(?<!\\s)\\s*+\\((?:this (?:one )?is |already )?(done|fixed|completed?)"
            + "(?: already)?\\)\\s*+\\.?\\s*+$");
    private static final Pattern OWNER_PREFIX = Pattern.compile("^\\s*[\\[(]([^\\])]{1,60})[\\])](?!\\()\\s*[:\\-–]?\\s*");
    /**
     * Fields a report writes after an item's text: "... window. Owner: DBA team. Due: 9 February 2024.",
     * "... (phụ trách: Khoa)", "... — المسؤول: خالد", "... — assigned to Lena Szabo"; not "an owner: field",
     * nor "alerts being assigned to the wrong rotation", which are the item's own words. Each run of
     * spaces is tried once, from its start.
     */
    private static final Pattern TRAILING_OWNER = Pattern.compile("(?i)(?<![\\s(])(?:[\\s(]++[—–-]?+\\s*+"
            + "(?<!\\b(?:a|an|the|no|each|every|its|their) )(?:owner|owners|assignee"
            + "|ansvarig|responsable|verantwortlich|vlasnik|odgovoran|phụ trách|người phụ trách|ผู้รับผิดชอบ|المسؤول|مسئول)\\s*+:"
            + "|\\s*+[(—–-]\\s*+(assigned to))\\s*+((?:\\p{Lu}\\.\\s?){0,4}+[^.;()]+(?:\\([^().;]*\\)[^.;()]*)?)\\)?[.;]?");
    /** Whom an item is "assigned to": a name, a handle or a team, in a few words. */
    private static final Pattern ASSIGNEE = Pattern.compile("^(?:@|\\p{Lu}|the \\p{Lu})\\S*(?:\\s+\\S+){0,3}$");
    /** A name in brackets after an item's text: "... with 30-day alerts (Ruth)", "(J. Moreau)"; not "(UTC)". */
    private static final Pattern TRAILING_NAME = Pattern.compile("(?<!\\s)\\s*\\(((?=[^)]*\\p{Ll})\\p{Lu}[\\p{L}.'-]*"
            + "(?:\\s\\p{Lu}[\\p{L}.'-]*){0,2})\\)\\s*+\\.?\\s*+$");
    /** A name that is surely a person's: with an initial ("J. Moreau") or of two or three words ("Ruth Abebe"). */
    private static final Pattern PERSON = Pattern.compile("\\p{Lu}\\..*|\\S++\\s.*");
    private static final Pattern WIKILINK = Pattern.compile("\\[\\[(?:[^\\]|\\[]*\\|)?([^\\]\\[]*)]]");
    /** "... Due: 9 February 2024", "... Termin: Ende Februar.", "... Échéance : 30 mars", "... Rok: 15.03.". */
    private static final Pattern TRAILING_DUE = Pattern.compile("(?iu)(?<!\\s)\\s++(?:due|due date|target date|deadline"
            + "|termin|frist|fälligkeit|échéance|fecha límite|prazo|scadenza|rok|termín|tähtaeg|határidő)\\s*+:\\s*+([^;]++);?\\s*+$");
    /** Emphasis in single marks, "*Mert Aksoy*" or "_soon_"; not a snake_case name's underscores nor "2 * 3". */
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}\\p{N}*_])[*_](?=\\S)([^*_\\n]+?)(?<=\\S)[*_]"
            + "(?![\\p{L}\\p{N}*_])");
    private static final Pattern BOLD_TITLE = Pattern.compile("^\\s*(?:\\*\\*|__)(.+?)(?:\\*\\*|__)\\s*:");
    private static final int MAX_TITLE = 200;
    /** A reply's subject, as a mail archive lists a thread's "Follow-Ups": a message, not work. */
    private static final Pattern REPLY = Pattern.compile("(?i)(?:re|aw|sv|antw|odp|ynt)\\s*:\\s");
    /** A remark that the item is another's, listed again: "(duplicate of the card above, merged)", "(dup of #2)". */
    private static final Pattern DUPLICATE_REMARK = Pattern.compile("(?i)\\(\\s*+(?:duplicate of|dup of|dupe of|same as)\\b");
    private static final Pattern DASH = Pattern.compile("\\s[—–→]\\s*+(?=\\S)");
    private static final Pattern EMPHASIS_START = Pattern.compile("^[*_]+");
    /**
     * Where a decision after a dash ends, so that it is one: the item's end or a mark ("— won't do, not
     * the cause"), who decided ("→ refusé par la RSSI"), or a space in Thai, which parts phrases so;
     * "— dropped tables are restored" is no decision.
     */
    private static final Pattern DECISION_END = Pattern.compile("^[*_]*+(?:\\s*+$|\\s*+[,.;:!(\\[—–-]|(?<=\\p{IsThai})\\s"
            + "|\\s++(?:by|par|por|von|door|przez|da|af|av)\\s)");
    /**
     * Prose that turns a proposal down, no item of its own: "we decided against it", or a "we will
     * not" in a paragraph that names the proposal, "Були пропозиції … Ми цього робити не будемо",
     * "Zozketa proposatu dute. Ez dugu proposamen hori aurrera eramango". A "we will not" alone may
     * promise: "nie będziemy już ręcznie…" (we will no longer do it by hand).
     */
    private static final Pattern DECIDED_AGAINST = Pattern.compile("(?iu)\\b(?:(?:we )?decided (?:against|not to)"
            + "|is not being pursued|not (?:be )?taken forward|dagegen entschieden|avons renoncé|hemos descartado"
            + "|abbiamo scartato|відмовилися|отказались|zrezygnowaliśmy)\\b");
    private static final Pattern WILL_NOT = Pattern.compile("(?iu)\\b(?:we (?:will not|won't|are not going to|aren't going to)"
            + "|не будемо|не будем|nie będziemy|werden wir nicht|verzichten wir|nous ne (?:le |la |les )?ferons pas"
            + "|nous n'allons pas|no vamos a|não vamos|non (?:lo |la )?faremo|gaan we niet|doen we niet"
            + "|we gaan (?:dat |het )?niet|vi kommer inte att|vi vil ikke|vi gør det ikke|ez dugu\\b[^.]{0,80}?\\b(?:eramango"
            + "|egingo)|nedarīsim)\\b");
    private static final Pattern PROPOSAL = Pattern.compile("(?iu)propos|suggest|idea\\b|пропозиц|предложен|pomysł|sugest"
            + "|vorschlag|anregung|voorstel|suggesti|förslag|forslag|ierosin");
    /** A status's label before it: "Status: ", "**Status:** ", "Estado: ". */
    private static final Pattern STATUS_LABEL = Pattern.compile("(?iu)(?:status|state|estado|statut|stato|stan|állapot"
            + "|durum|статус|状态|状態|상태)\\s*:[*_]*\\s*");
    /** A tracker's status after an item, set apart by a middle dot or a bar: "… — Iván Herrera · Canceled". */
    private static final Pattern TRAILING_STATUS = Pattern.compile("(?<![·|\\s])\\s++[·|]\\s*+([\\p{L}][\\p{L}' -]{1,30})\\s*+$");
    private static final Pattern OPEN_STATUS = Pattern.compile("(?u)todo|to do|open|backlog|planned|not started|new"
            + "|pendiente|abierto|offen|ouvert|aberto|pendente|aperto|open staand|otwarte|otevřeno|открыто|yapılacak|açık"
            + "|nyitott|megnyitva"
            + "|未着手|新規|待办|新建|미완료");
    /** What a status cell says, its letters and apostrophes alone, in the languages teams write it in. */
    private static final Pattern LETTERS = Pattern.compile("(?u)[^\\p{L}\\p{M}' ]+");
    private static final Pattern DONE_STATUS = Pattern.compile("(?u)(?:done|complete|completed|closed|fixed|resolved"
            + "|finished|yes|implemented|deployed|shipped|hecho|completado|cerrado|resuelto|terminado|implementado"
            + "|erledigt|abgeschlossen|umgesetzt|fertig|fait|terminé|réalisé|clos|fechado|concluído|concluido|feito"
            + "|resolvido|completato|fatto|chiuso|risolto|afgerond|gereed|klaar|opgelost|voltooid|gedaan|zrobione|javítva"
            + "|zakończone|wykonane|gotowe|hotovo|dokončeno|vyřešeno|uzavřeno|kész|tamamlandı|yapıldı|выполнено"
            + "|сделано|готово|закрыто|виконано|зроблено|fullført|utført|ferdig|afsluttet|færdig|löst|valmis|tehty"
            + "|feta|fet|completat|finalizat|ολοκληρώθηκε|ολοκληρώθηκαν|ολοκληρωμένο|完了|終了|対応済|済|完成|已完成|완료|selesai|xong"
            + "|hoàn thành|đã xong)(?!\\p{L})");
    private static final Pattern IN_PROGRESS_STATUS = Pattern.compile("(?u)(?:in progress|in-progress|work in progress"
            + "|started|ongoing|wip|doing|en curso|en progreso|in arbeit|in bearbeitung|en cours|em andamento|em progresso"
            + "|in corso|in uitvoering|bezig|w trakcie|v řešení|folyamatban|devam ediyor|в работе|в процессе|у роботі"
            + "|pågår|pågående|under arbeid|i gang|käynnissä|työn alla|en curs|în lucru|進行中|対応中|进行中|진행 중|진행중"
            + "|đang thực hiện|sedang berjalan|dalam proses)(?!\\p{L})");
    private static final Pattern NOT_DOING_STATUS = Pattern.compile("(?u)(?:won't (?:fix|do)|wont (?:fix|do)|wontfix"
            + "|not doing|not planned|not approved|voted down|not adopted|not accepted|cancelled|canceled|dropped|rejected|declined|abandoned|descoped"
            + "|discussed and dropped|discussed and rejected|considered and dropped|considered and rejected|niet weerhouden"
            + "|nem javítjuk|nem javítva|elutasítva|duplikátum"
            + "|out of scope|descartad[oa]|cancelad[oa]|rechazad[oa]|verworfen|abgelehnt|storniert|abgebrochen|annulée?"
            + "|abandonnée?|rejetée?|refusée?|annullat[oa]|scartat[oa]|respint[oa]|geannuleerd|afgewezen|vervallen|anulowane"
            + "|odrzucone|zrušeno|zamítnuto|elvetve|iptal|отменено|отклонено|скасовано|відхилено|avbrutt|avvist"
            + "|avbruten|avslagen|peruttu|hylätty|anulat|respins|中止|見送り|却下|取消|已取消|不做|취소|dibatalkan|hủy"
            + "|không làm|ไม่ทำ|ei tee|უარყოფილია|უარყოფილი|hafnað|atcelts|noraidīts|zavrnjeno|imekataliwa|татгалзсан"
            // a row marked as another's duplicate is that row's work, counted there
            + "|duplicate|duplicated|dup|duplicado|duplikat|doublon|dublicaat)(?!\\p{L})");
    /** The status words by the status they name, in the order they are tried. */
    private static final Map<Pattern, ActionStatus> STATUS_WORDS = orderedStatuses();

    /** An HTML list item, up to its end tag or the next item or the list's end, which HTML lets go unwritten. */
    private static final Pattern HTML_ITEM = Pattern.compile("(?is)<li\\b[^>]*>(.*?)(?=</li>|<li\\b|</[ou]l>|$)");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>");
    private static final Pattern PAST_TENSE = Pattern.compile("(?i)(?:\\p{L}+ed|ran|took|made|sent|built|wrote|rebuilt|"
            + "re-ran|froze|shut|cut)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](\\s|$)");

    private enum Column { NUMBER, TITLE, OWNER, TYPE, PRIORITY, STATUS, DUE, TICKET, OTHER }

    private static final Map<Column, List<String>> COLUMN_NAMES = Map.of(
            Column.NUMBER, List.of("#", "no", "no.", "nr", "nr.", "id"),
            Column.TITLE, List.of("action item", "action items", "action", "actions", "item", "description", "title",
                    "task", "what", "follow-up", "remediation", "acción", "acciones", "tarea", "medida", "maßnahme",
                    "aufgabe", "mesure", "tâche", "ação", "acao", "tarefa", "azione", "misura", "actie", "maatregel",
                    "taak", "działanie", "zadanie", "opatření", "úkol", "opatrenie", "úloha", "intézkedés", "feladat",
                    "eylem", "aksiyon", "görev", "мера", "действие", "задача", "захід", "дія", "завдання", "мярка",
                    "tiltak", "åtgärd", "oppgave", "opgave", "uppgift", "toimenpide", "tehtävä", "acció", "tasca",
                    "veiksmas", "pasākums", "meede", "mjera", "ukrep", "sarcină", "măsură", "acțiune", "対策",
                    "アクション", "タスク", "措施", "行动", "任务", "조치", "작업", "hành động", "biện pháp", "công việc",
                    "tindakan", "tugas", "משימה", "פעולה", "إجراء", "مهمة"),
            Column.OWNER, List.of("owner", "owners", "who", "assignee", "assigned to", "responsible", "team",
                    "responsable", "verantwortlich", "zuständig", "responsabile", "responsável", "eigenaar",
                    "verantwoordelijke", "odpowiedzialny", "właściciel", "odpovědná osoba", "zodpovědný", "zodpovedný",
                    "felelős", "sorumlu", "ответственный", "відповідальний", "отговорник", "ansvarlig", "ansvarig",
                    "vastuuhenkilö", "vastuu", "atsakingas", "atbildīgais", "vastutaja", "nositelj", "odgovoran",
                    "nosilec", "担当", "担当者", "负责人", "담당", "담당자", "người phụ trách", "phụ trách",
                    "penanggung jawab", "pic", "אחראי", "المسؤول"),
            Column.TYPE, List.of("type", "kind", "category"),
            Column.PRIORITY, List.of("priority", "prio", "pri"),
            Column.STATUS, List.of("status", "state", "done", "progress", "estado", "estat", "stato", "staat", "stav",
                    "állapot", "durum", "статус", "состояние", "стан", "tila", "tilstand", "状態", "状态", "상태",
                    "trạng thái", "מצב", "סטטוס", "الحالة", "stare", "būsena", "statuss", "olek"),
            Column.DUE, List.of("due", "due date", "deadline", "eta", "target date", "fecha límite", "plazo", "termín",
                    "termin", "frist", "fälligkeit", "échéance", "date limite", "prazo", "scadenza", "uiterlijk",
                    "határidő", "son tarih", "срок", "термін", "määräaika", "takaraja", "data limită", "terminas",
                    "termiņš", "tähtaeg", "rok", "期限", "期日", "截止日期", "기한", "마감", "hạn", "tenggat",
                    "תאריך יעד", "الموعد"),
            Column.TICKET, List.of("bug", "bugs", "issue", "issues", "ticket", "tickets", "link", "tracking", "jira",
                    "tracker"));

    /** What a tracker's export names an item's text and its key by: Jira's "Summary" and "Issue key". */
    private static final Set<String> EXPORT_TITLES = Set.of("summary", "name", "subject");
    private static final Set<String> EXPORT_KEYS = Set.of("issue key", "key", "id");

    /** A tracker's number or key in an item: "#4816", "PAY-2291". */
    private static final Pattern TICKET_KEY = Pattern.compile("(?<![\\w#])#\\d+\\b|\\b" + KEY + "\\b");
    /** A tracker's group of links to work that is only related, as a list's label or a line over it: YouTrack's "relates to:", "kapcsolódik:". */
    private static final Pattern RELATED_GROUP = Pattern.compile("(?iu)\\W*(?:relates to|related(?: to)?|is related to|see also"
            + "|kapcsolódik|bezieht sich auf|verwandt|lié à|relacionado con|relacionado com|связано с|関連)\\W*");
    /**
     * A line of a page's links or counts, each part after a symbol: "🔗 CU-86b0x1k2 … · 🔗 CU-86b0x1k9 …",
     * "💬 3 comments · 👁 41 views"; no item.
     */
    private static final Pattern SYMBOLS_LINE = Pattern.compile("[^\\p{L}\\p{N}\\s*_\\[]+\\s*+[^·|]+(?:[·|]\\s*+[^\\p{L}\\p{N}\\s*_\\[]+"
            + "\\s*+[^·|]+)++");
    /** A column of the times things happened at, which makes a table a timeline. */
    private static final Pattern TIME_COLUMN = Pattern.compile("(?u)(?:time|timestamp|time \\(.*\\)|when \\(.*\\)|hora"
            + "|heure|uhrzeit|zeit|tijd|tijdstip|ora|czas|godzina|čas|idő|időpont|saat|время|час|klokkeslett|klockslag"
            + "|kellonaika|aika|時刻|時間|时间|시간|thời gian|waktu|jam)");

    private ActionItemFinder() {
    }

    private static Map<Pattern, ActionStatus> orderedStatuses() {
        Map<Pattern, ActionStatus> statuses = new LinkedHashMap<>();
        statuses.put(DONE_STATUS, ActionStatus.DONE);
        statuses.put(IN_PROGRESS_STATUS, ActionStatus.IN_PROGRESS);
        statuses.put(NOT_DOING_STATUS, ActionStatus.NOT_DOING);
        statuses.put(OPEN_STATUS, ActionStatus.OPEN);
        return Collections.unmodifiableMap(statuses);
    }

    /** @return the items, and where they were found, or empty when the body has none */
    static Optional<Found<List<ActionItem>>> find(Outline outline) {
        List<ActionItem> items = new ArrayList<>();
        List<String> where = new ArrayList<>();
        List<Node> tablesRead = new ArrayList<>();
        List<Node> blocksRead = new ArrayList<>();
        List<Integer> sources = new ArrayList<>();
        fromActionSections(outline, items, where, tablesRead, blocksRead, sources);
        // A document with a section or a table of action items gathers there the TODO lines its story
        // marks on the way ("ACTION (Liam): …", and an "All actions" table that lists it in other words).
        boolean underHeadings = !items.isEmpty() || outline.sections().stream().flatMap(section -> section.blocks().stream())
                .anyMatch(block -> block instanceof TableBlock table && hasActionColumn(table));
        for (Outline.Section section : outline.sections()) {
            for (Node block : section.blocks()) {
                if (block instanceof IndentedCodeBlock code && PastedMail.is(code)) {
                    fromActionSections(PastedMail.outline(code), items, where, new ArrayList<>(), new ArrayList<>(), sources);
                }
            }
        }
        for (Outline.Section section : outline.sections()) {
            for (Node block : section.blocks()) {
                sources.add(items.size());
                if (block instanceof TableBlock table && !tablesRead.contains(table) && hasActionColumn(table)) {
                    fromTable(table, items);
                    where.add("the table of action items under \"" + section.title() + "\"");
                } else if (block instanceof TableBlock table && !tablesRead.contains(table) && fromFieldRow(table, items)) {
                    where.add("the action row of the table under \"" + section.title() + "\"");
                }
                if (blocksRead.contains(block)) {
                    continue;
                }
                sources.add(items.size());
                fromLeadIn(block, items, tablesRead, blocksRead)
                        .ifPresent(lead -> where.add("the list under \"" + lead + "\""));
                List<String> todo = itemLines(block);
                // A TODO in a timeline is a note to finish the document ("TODO: fill in from Slack"), not work to track.
                if (!section.isTimeline() && !underHeadings && !todo.isEmpty()
                        && todo.stream().allMatch(l -> TODO_LINE.matcher(l).find())) {
                    sources.add(items.size());
                    blocksRead.add(block);
                    itemsOfLines(todo, items);
                    where.add("the TODO lines under \"" + section.title() + "\"");
                }
            }
        }
        if (items.isEmpty()) {
            checkboxes(outline, items).ifPresent(where::add);
        }
        if (items.isEmpty()) {
            trackedWork(outline, items).ifPresent(where::add);
        }
        List<ActionItem> distinct = ownedByNamesInBrackets(once(items, sources));
        return distinct.isEmpty() ? Optional.empty() : Optional.of(new Found<>(distinct, String.join(" and ", where)));
    }

    /**
     * The items, each once: minutes list the same item in their summary, under "Action items" and
     * again under "Action items, by person", and a reader counts it once. Rows of one table or
     * list alike in title ("Add alerting" for three teams) are items of their own.
     *
     * @param sources the index of the first item of each table, list or section read, in order
     */
    private static List<ActionItem> once(List<ActionItem> items, List<Integer> sources) {
        int[] sourceOf = new int[items.size()];
        for (int i = 0, s = -1; i < items.size(); i++) {
            while (s + 1 < sources.size() && sources.get(s + 1) <= i) {
                s++;
            }
            sourceOf[i] = s;
        }
        List<String> keys = items.stream().map(ActionItemFinder::key).toList();
        List<ActionItem> kept = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ActionItem item = items.get(i);
            boolean again = false;
            for (int j = 0; j < i && !again; j++) {
                ActionItem earlier = items.get(j);
                again = sourceOf[j] != sourceOf[i] && keys.get(j).equals(keys.get(i))
                        && (earlier.owner().equalsIgnoreCase(item.owner()) || earlier.owner().equals(UNASSIGNED)
                        || item.owner().equals(UNASSIGNED));
            }
            if (!again) {
                kept.add(item);
            }
        }
        return kept;
    }

    private static String key(ActionItem item) {
        return item.title().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * Items ending in a bracket of one word ("(Ruth)") owned by it where the document names it as an
     * owner elsewhere; without that, one word ("(Postgres)") is as likely a system as a person.
     */
    private static List<ActionItem> ownedByNamesInBrackets(List<ActionItem> items) {
        Set<String> owners = new HashSet<>();
        items.stream().map(ActionItem::owner).filter(owner -> !owner.equals(UNASSIGNED))
                .forEach(owner -> owners.addAll(List.of(owner.toLowerCase(Locale.ROOT).split("[\\s,&/]+"))));
        return items.stream().map(item -> {
            Matcher name = TRAILING_NAME.matcher(item.title());
            if (!item.owner().equals(UNASSIGNED) || !name.find() || name.group(1).contains(" ")
                    || !owners.contains(name.group(1).toLowerCase(Locale.ROOT))) {
                return item;
            }
            return new ActionItem(item.title().substring(0, name.start()), item.type(), name.group(1), item.status(),
                    item.priority(), item.due(), item.ticket(), item.closed());
        }).toList();
    }

    /** The items of the sections under an action heading, and where they were read. */
    private static void fromActionSections(Outline outline, List<ActionItem> items, List<String> where,
                                           List<Node> tablesRead, List<Node> blocksRead, List<Integer> sources) {
        for (int i = 0; i < outline.sections().size(); i++) {
            Outline.Section section = outline.sections().get(i);
            // A heading of work still to discuss, "Pendientes de discusión (no comprometidos)", is set aside
            // even where its words would make it an action heading.
            if (ActionHeading.is(section.name()) && !ActionHeading.notesDone(section.title()) && !isTitle(outline, i)
                    && !ActionHeading.setsAside(section.title()) && !ActionHeading.addressesAnother(section.title())) {
                blocksRead.addAll(outline.under(i));
                int before = items.size();
                sources.add(before);
                List<Outline.Section> parts = subsections(outline, i).stream()
                        .filter(part -> !ActionHeading.setsAside(part.title())).toList();
                boolean structured = section.blocks().stream().anyMatch(ActionItemFinder::isStructured);
                boolean groups = !parts.isEmpty()
                        && parts.stream().allMatch(part -> part.blocks().stream().anyMatch(ActionItemFinder::isStructured));
                if (!structured && !groups && !parts.isEmpty()) {
                    parts.forEach(part -> items.add(new ActionItem(shorten(part.title()), ActionType.OTHER, UNASSIGNED,
                            ActionStatus.OPEN, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())));
                } else {
                    fromBlocks(outline.under(i, part -> ActionHeading.setsAside(part.title())).stream()
                            .filter(b -> !(ActionHeading.spelled(section.name()).startsWith("remediation")
                            && isStepsTaken(b))).toList(), items, tablesRead);
                }
                if (items.size() > before) {
                    where.add("the \"" + section.title() + "\" section");
                }
            }
        }
    }

    /**
     * In a document with no action heading, lead-in or table of items, its checklists: a checkbox in
     * a postmortem is work to do, wherever it stands (a ticket's "Sub-issues", a closing list), and so
     * is a line a word processor ticks with a ballot box ("☐ Ask the bank ..."). A timeline's are
     * none: they tick off what happened.
     */
    private static Optional<String> checkboxes(Outline outline, List<ActionItem> items) {
        return outsideTimeline(outline, items, "checklist", (block, found) -> {
            if (block instanceof ListBlock list && list.getFirstChild() instanceof TaskListItem) {
                fromList(list, found, true);
            } else if (block instanceof Paragraph && lines(block).stream().allMatch(ItemMark::isBox)) {
                itemsOfLines(lines(block), found);
            }
        });
    }

    /**
     * Where a document names its follow-ups only by pointing to a tracker ("see the linked issues"),
     * the tracker's list of them: a list whose items each carry a ticket's key and a tracker's status
     * after a dash ("PAY-2291 — … — *To Do*", "タスク #4816: … — 進行中"), some of it work still to do.
     * Its items without a status (a bug linked as unrelated) are not work of this incident's.
     */
    private static Optional<String> trackedWork(Outline outline, List<ActionItem> items) {
        return outsideTimeline(outline, items, "tracked issues", (block, found) -> {
            if (!(block instanceof ListBlock list)) {
                return;
            }
            List<String> tracked = new ArrayList<>();
            boolean open = false;
            for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
                String text = textOf(child).strip();
                Optional<TrailingStatus> status = trailingStatus(text);
                if (TICKET_KEY.matcher(text).find() && status.isPresent()) {
                    tracked.add(text);
                    open |= status.get().status() == ActionStatus.OPEN || status.get().status() == ActionStatus.IN_PROGRESS;
                }
            }
            if (tracked.size() >= 2 && open) {
                itemsOfLines(tracked, found);
            }
        });
    }

    /**
     * Reads each block outside the timeline with {@code reader}, saying where items were found: "the
     * checklist at the top", "the checklist under \"Follow-ups\"", each place once.
     */
    private static Optional<String> outsideTimeline(Outline outline, List<ActionItem> items, String kind,
                                                    BiConsumer<Node, List<ActionItem>> reader) {
        List<String> where = new ArrayList<>();
        for (Outline.Section section : outline.sections()) {
            for (Node block : section.isTimeline() ? List.<Node>of() : section.blocks()) {
                int before = items.size();
                reader.accept(block, items);
                String under = section.title().isEmpty() ? "the " + kind + " at the top"
                        : "the " + kind + " under \"" + section.title() + "\"";
                if (items.size() > before && !where.contains(under)) {
                    where.add(under);
                }
            }
        }
        return where.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", where));
    }

    /**
     * Whether section {@code index} is the document's title, its one H1 over every other heading: a
     * "CAPA Report" names the document, not a section of actions.
     */
    private static boolean isTitle(Outline outline, int index) {
        List<Outline.Section> headings = outline.sections().stream().filter(s -> s.level() > 0).toList();
        Outline.Section section = outline.sections().get(index);
        return section.level() == 1 && headings.size() > 1 && headings.get(0) == section
                && headings.stream().skip(1).allMatch(s -> s.level() > 1);
    }

    /**
     * Whether a list, every item of it unmarked and opening with a verb in the past tense
     * ("Restarted the nodes", "Rolled back 3.8.0"), records what was done to end the incident: under
     * "Remediation" that is no work to come.
     */
    private static boolean isStepsTaken(Node block) {
        if (!(block instanceof ListBlock list) || list.getFirstChild() == null) {
            return false;
        }
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            String text = item.getFirstChild() == null ? "" : Outline.text(item.getFirstChild());
            if (item instanceof TaskListItem || STATUS_MARK.matcher(text).find() || DONE_SUFFIX.matcher(text).find()
                    || !PAST_TENSE.matcher(text).lookingAt()) {
                return false;
            }
        }
        return true;
    }

    /** The sections one level below section {@code index}, up to the next of its level or higher. */
    private static List<Outline.Section> subsections(Outline outline, int index) {
        int level = outline.sections().get(index).level();
        List<Outline.Section> parts = new ArrayList<>();
        for (int i = index + 1; i < outline.sections().size() && outline.sections().get(i).level() > level; i++) {
            if (outline.sections().get(i).level() == level + 1) {
                parts.add(outline.sections().get(i));
            }
        }
        return parts;
    }

    private static boolean isStructured(Node block) {
        return block instanceof ListBlock || block instanceof TableBlock || !itemLines(block).isEmpty()
                || !htmlItems(block).isEmpty();
    }

    /** The text of each {@code <li>} of an HTML list written into the Markdown, its tags left out. */
    private static List<String> htmlItems(Node block) {
        if (!(block instanceof HtmlBlock)) {
            return List.of();
        }
        return HTML_ITEM.matcher(block.getChars()).results()
                .map(item -> HTML_TAG.matcher(item.group(1)).replaceAll("").replace("&nbsp;", " ")
                        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&").strip())
                .filter(text -> !text.isEmpty()).toList();
    }

    /** The lines of a paragraph whose every line is an item ({@link #ITEM_LINE}, {@link #LINE_MARK}), or none. */
    private static List<String> itemLines(Node block) {
        return block instanceof Paragraph ? itemLines(lines(block)) : List.of();
    }

    /**
     * An indented line that bears no mark of its own goes on the item above it, as a list item's
     * lazy lines do: "a) Alterar o script ...\n   antes de instalar — Rui".
     */
    private static List<String> itemLines(List<String> written) {
        List<String> lines = new ArrayList<>();
        for (String line : written) {
            boolean marked = ITEM_LINE.matcher(line).find() || LINE_MARK.matcher(line).find();
            if (!lines.isEmpty() && !marked && !line.isEmpty() && Character.isWhitespace(line.charAt(0))) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " " + line.strip());
            } else {
                lines.add(line);
            }
        }
        boolean items = !lines.isEmpty() && lines.stream()
                .allMatch(line -> (ITEM_LINE.matcher(line).find() || LINE_MARK.matcher(line).find())
                        && !PAGE_LINE.matcher(line.strip()).matches())
                && (lines.size() > 1 || !DASH_LINE.matcher(lines.get(0)).find());
        return items ? lines : List.of();
    }

    private static List<String> lines(Node block) {
        return block.getChars().toString().strip().lines().toList();
    }

    /**
     * Items under a lead-in that stands for an action heading: a paragraph such as "Follow-ups:" or
     * "**Action items**" before a list or a table, or a list item such as "todo:" over a nested list.
     *
     * @return the lead-in's text, when items were read under it
     */
    /** @param blocksRead gets the blocks read under a lead-in, so that they are not read again as blocks of their own */
    private static Optional<String> fromLeadIn(Node block, List<ActionItem> items, List<Node> tablesRead,
                                               List<Node> blocksRead) {
        List<Paragraph> leads = new ArrayList<>();
        if (block instanceof Paragraph paragraph) {
            leads.add(paragraph);
        }
        // At any depth: an outliner's page is one list, its postmortem an item, "Actions" an item under it.
        int before = items.size();
        Optional<String> read = Optional.empty();
        if (block instanceof ListBlock list) {
            for (Node child : list.getDescendants()) {
                if (child instanceof ListItem && child.getFirstChild() instanceof Paragraph lead) {
                    leads.add(lead);
                }
                // An outliner's heading bullet over its items: Logseq's "- ### Actions" over "- TODO …".
                if (child instanceof ListItem && child.getFirstChild() instanceof Heading heading
                        && heading.getNext() instanceof ListBlock nested && isLeadIn(Outline.text(heading), true)) {
                    fromList(nested, items, true);
                    blocksRead.add(nested);
                    read = read.or(() -> Optional.of(Outline.text(heading)));
                }
            }
        }
        if (block instanceof BlockQuote quote && quote.getFirstChild() instanceof Paragraph lead) {
            leads.add(lead);
        }
        for (Paragraph lead : leads) {
            List<String> own = lines(lead);
            List<String> after = own.size() > 1 ? itemLines(own.subList(1, own.size())) : List.of();
            if (!after.isEmpty() && isLeadIn(plain(own.get(0)), BOLD_LINE_OWN.matcher(own.get(0).strip()).matches())) {
                itemsOfLines(after, items);
                blocksRead.add(lead);
                read = read.or(() -> Optional.of(plain(own.get(0))));
                continue;
            }
            List<Paragraph> counted = countedOffAfter(lead);
            if (counted.size() >= 2) {
                counted.forEach(paragraph -> item(paragraph, Optional.empty()).ifPresent(items::add));
                blocksRead.add(lead);
                blocksRead.addAll(counted);
                read = read.or(() -> Optional.of(Outline.text(lead)));
                continue;
            }
            Optional<String> runIn = runInLead(lead);
            List<String> said = runIn.map(name -> Commitments.in(Outline.text(lead).substring(name.length())))
                    .orElse(List.of());
            if (!said.isEmpty()) {
                said.forEach(c -> item(c, Optional.empty(), Optional.empty()).ifPresent(items::add));
                blocksRead.add(lead);
                read = read.or(() -> runIn);
                continue;
            }
            List<String> lines = lead.getNext() == null ? List.of() : itemLines(lead.getNext());
            if (isLeadIn(lead) && lead.getNext() instanceof ListBlock list) {
                fromList(list, items, true);
                blocksRead.add(list);
                read = read.or(() -> Optional.of(Outline.text(lead)));
            } else if (isLeadIn(lead) && !lines.isEmpty()) {
                itemsOfLines(lines, items);
                blocksRead.add(lead.getNext());
                read = read.or(() -> Optional.of(Outline.text(lead)));
            } else if (isLeadIn(lead) && lead.getNext() instanceof TableBlock table && !tablesRead.contains(table)) {
                fromTable(table, items);
                tablesRead.add(table);
                read = read.or(() -> Optional.of(Outline.text(lead)));
            }
        }
        return items.size() > before ? read : Optional.empty();
    }

    /**
     * The paragraphs after a sentence that says measures follow ("Turning to the steps being taken to
     * prevent a recurrence, the following measures have been agreed."), each counting itself off
     * ("First, …", "Second, …"), as a minister's answer or a letter lists its commitments in prose.
     */
    private static List<Paragraph> countedOffAfter(Paragraph lead) {
        String text = Outline.text(lead);
        List<Paragraph> counted = new ArrayList<>();
        if (text.split("\\s+").length > MAX_PROSE_LEAD_IN_WORDS || !FUTURE_LEAD_IN.matcher(text).find()) {
            return counted;
        }
        for (Node next = lead.getNext(); next instanceof Paragraph paragraph && Commitments.countsOff(Outline.text(paragraph));
             next = next.getNext()) {
            counted.add(paragraph);
        }
        return counted;
    }

    /**
     * The bold words a paragraph of prose opens with when they stand for an action heading, as a
     * status page's or a newsletter's run-in heading does: "**What we're changing.** First, …".
     */
    private static Optional<String> runInLead(Paragraph paragraph) {
        if (!(paragraph.getFirstChild() instanceof StrongEmphasis bold) || bold.getNext() == null) {
            return Optional.empty();
        }
        String name = Outline.text(bold);
        return isLeadIn(name, true) && Outline.text(paragraph).length() > name.length() ? Optional.of(name)
                : Optional.empty();
    }

    private static boolean isLeadIn(Paragraph paragraph) {
        String text = Outline.text(paragraph);
        Matcher callout = CALLOUT.matcher(text);
        return callout.lookingAt() ? isLeadIn(callout.group(1) + " " + text.substring(callout.end()), true)
                : isLeadIn(text, TitleFinder.isBoldLine(paragraph));
    }

    /** @param heading whether the lead-in is set as a heading is: in bold, or as a callout's title ("> [!todo] Follow-ups") */
    private static boolean isLeadIn(String written, boolean heading) {
        // A remark in brackets says no more of the work: "What we will do (at no cost to you):".
        // An emoji or a mark before it is a post's decoration: "📌 **সামনে আমরা যা করব**".
        String text = Outline.withoutNumber(Outline.withoutRemarks(written.toLowerCase(Locale.ROOT))
                .replaceAll("[\\s:]+$", "").replaceFirst("^[^\\p{L}\\p{N}]+", "").strip());
        int words = text.split("\\s+").length;
        int most = heading || written.endsWith(":") ? MAX_BOLD_LEAD_IN_WORDS : MAX_LEAD_IN_WORDS;
        return !text.isEmpty() && (words <= most && ActionHeading.is(text)
                || words <= MAX_FUTURE_LEAD_IN_WORDS && written.endsWith(":") && FUTURE_LEAD_IN.matcher(text).find());
    }

    private static void fromBlocks(List<Node> blocks, List<ActionItem> items, List<Node> tablesRead) {
        boolean structured = blocks.stream().anyMatch(ActionItemFinder::isStructured);
        // Prose that says in so many words what the team will do is read for those sentences alone: the
        // paragraphs around them tell what happened, apologise or sign the letter.
        Map<Node, List<String>> commitments = new IdentityHashMap<>();
        if (!structured) {
            blocks.stream().filter(Paragraph.class::isInstance)
                    .forEach(block -> commitments.put(block, Commitments.in(Outline.text(block))));
        }
        boolean committed = commitments.values().stream().anyMatch(c -> !c.isEmpty());
        // Prose that says there is nothing to track ("So: nothing new to track.") tracks nothing, its
        // other paragraphs ("Honestly the fix was the follow-up, and it's done") and sign-off included.
        boolean nothing = !structured && blocks.stream().filter(Paragraph.class::isInstance)
                .anyMatch(block -> NOTHING_TO_TRACK.matcher(Outline.text(block)).find());
        for (Node block : blocks) {
            List<String> lines = itemLines(block);
            Optional<TrackerExport.Rows> export = block instanceof FencedCodeBlock code ? TrackerExport.read(code)
                    : Optional.empty();
            if (block instanceof TableBlock table) {
                fromTable(table, items);
                tablesRead.add(table);
            } else if (export.isPresent()) {
                fromExport(export.get(), items);
            } else if ((block instanceof BulletList || block instanceof OrderedList) && !namesRelatedWork(block.getPrevious())) {
                fromList(block, items, true);
            } else if (!htmlItems(block).isEmpty()) {
                htmlItems(block).forEach(text -> item(text, Optional.empty(), Optional.empty()).ifPresent(items::add));
            } else if (!lines.isEmpty()) {
                itemsOfLines(lines, items);
            } else if (!structured && !nothing && block instanceof Paragraph paragraph && !Outline.text(paragraph).endsWith(":")
                    && !SYMBOLS_LINE.matcher(Outline.text(paragraph)).matches()
                    && !NO_ITEMS.matcher(Outline.text(paragraph)).find()
                    && !NOTHING_FURTHER.matcher(Outline.text(paragraph)).find()
                    && !POINTS_TO_TRACKER.matcher(Outline.text(paragraph)).find()
                    && !PAGE_LINE.matcher(Outline.text(paragraph)).matches()) {
                if (committed) {
                    commitments.get(paragraph).forEach(c -> item(c, Optional.empty(), Optional.empty()).ifPresent(items::add));
                } else if (!turnsDown(Outline.text(paragraph))) {
                    item(paragraph, Optional.empty()).ifPresent(items::add);
                }
            }
        }
    }

    private static boolean turnsDown(String paragraph) {
        return DECIDED_AGAINST.matcher(paragraph).find()
                || WILL_NOT.matcher(paragraph).find() && PROPOSAL.matcher(paragraph).find();
    }

    private static void itemsOfLines(List<String> lines, List<ActionItem> items) {
        lines.forEach(line -> item(LINE_MARK.matcher(line).replaceFirst(""), Optional.empty(), Optional.empty())
                .ifPresent(items::add));
    }

    /** Every item of a top-level list; of a nested list only checkboxes, which are items of their own. */
    private static void fromList(Node list, List<ActionItem> items, boolean topLevel) {
        boolean crossedIsCancelled = ItemMark.crossedIsCancelled(itemTexts(list));
        for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof ListItem listItem) || crossedIsCancelled && ItemMark.isCrossed(textOf(listItem))) {
                continue;
            }
            Optional<ActionStatus> checkbox = listItem instanceof TaskListItem task
                    ? Optional.of(task.isItemDoneMarker() ? ActionStatus.DONE : ActionStatus.OPEN) : Optional.empty();
            // The items under a group's label ("- **Inventory team**") are the list's own, as if top-level.
            boolean group = listItem.getFirstChild() instanceof Paragraph label && checkbox.isEmpty() && namesAGroup(label);
            // A tracker's links to other work ("relates to:") hold none of this incident's items.
            if (group && namesRelatedWork(listItem.getFirstChild())) {
                continue;
            }
            if ((topLevel || checkbox.isPresent()) && !group && listItem.getFirstChild() instanceof Paragraph paragraph) {
                item(paragraph, checkbox).ifPresent(items::add);
            }
            for (Node nested = listItem.getFirstChild(); nested != null; nested = nested.getNext()) {
                if (nested instanceof ListBlock) {
                    fromList(nested, items, topLevel && group);
                }
            }
        }
    }

    private static List<String> itemTexts(Node list) {
        List<String> texts = new ArrayList<>();
        for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
            texts.add(textOf(child));
        }
        return texts;
    }

    private static String textOf(Node listItem) {
        return listItem.getFirstChild() instanceof Paragraph paragraph ? paragraph.getChars().toString() : "";
    }

    /** Whether a list's label, or the line over it, names a tracker's links to related work ({@link #RELATED_GROUP}). */
    private static boolean namesRelatedWork(Node label) {
        return label instanceof Paragraph paragraph && RELATED_GROUP.matcher(Outline.text(paragraph)).matches();
    }

    /** Whether a list item's text, over a nested list, only names the group of items below it. */
    private static boolean namesAGroup(Paragraph paragraph) {
        String text = Outline.text(paragraph);
        return paragraph.getNext() instanceof ListBlock
                && (text.endsWith(":") || text.split("\\s+").length <= MAX_GROUP_WORDS && !SENTENCE_END.matcher(text).find());
    }

    private static Optional<ActionItem> item(Paragraph paragraph, Optional<ActionStatus> checkbox) {
        return item(paragraph.getChars().toString().strip(), ticket(paragraph), checkbox);
    }

    private static Optional<ActionItem> item(String written, Optional<String> ticket, Optional<ActionStatus> checkbox) {
        String raw = WIKILINK.matcher(written).replaceAll("$1");
        ActionStatus status = checkbox.orElse(ActionStatus.OPEN);
        Matcher mark = STATUS_MARK.matcher(raw);
        if (mark.find()) {
            String word = mark.group(1) != null ? mark.group(1) : mark.group(2);
            status = word.equalsIgnoreCase("DONE") ? ActionStatus.DONE : ActionStatus.OPEN;
            raw = (raw.substring(0, mark.start()) + " " + raw.substring(mark.end())).strip();
        }
        raw = ACTION_MARK.matcher(raw).replaceFirst("");
        Optional<ItemMark.Marked> marked = ItemMark.read(raw);
        if (marked.isPresent()) {
            status = marked.get().status();
            raw = marked.get().rest();
        }
        // An item marked as decided against ("❌ dropped", "~~Move renewals~~ — dropped after review")
        // is no commitment to count, nor is a step "completed during incident" that an incident tool lists
        // among its tasks.
        if (status == ActionStatus.NOT_DOING || STRUCK_DROPPED.matcher(raw).find() || DONE_DURING_INCIDENT.matcher(raw).find()
                || PARKED_TAG.matcher(raw).find()
                || decidedAgainstAfterDash(raw) || DUPLICATE_REMARK.matcher(raw).find() || REPLY.matcher(plain(raw)).lookingAt()) {
            return Optional.empty();
        }
        Matcher done = DONE_SUFFIX.matcher(raw);
        if (done.find()) {
            status = ActionStatus.DONE;
            raw = raw.substring(0, done.start());
        }
        Optional<TrailingStatus> tracked = trailingStatus(raw);
        if (tracked.isPresent()) {
            if (tracked.get().status() == ActionStatus.NOT_DOING) {
                return Optional.empty();
            }
            status = tracked.get().status();
            raw = raw.substring(0, tracked.get().start());
        }
        Matcher dueField = TRAILING_DUE.matcher(raw);
        Optional<LocalDate> due = dueField.find() ? DateText.find(dueField.group(1)).map(DateText.Found::day)
                : Optional.empty();
        if (due.isPresent()) {
            raw = raw.substring(0, dueField.start());
        }
        String owner = UNASSIGNED;
        Matcher ownerField = TRAILING_OWNER.matcher(raw);
        Matcher ownerName = TRAILING_NAME.matcher(raw);
        if (ownerField.find() && (ownerField.group(1) == null || ASSIGNEE.matcher(ownerField.group(2).strip()).matches())) {
            owner = ownerField.group(2).replaceAll("[\\s,]+$", "");
            raw = raw.substring(0, ownerField.start()) + raw.substring(ownerField.end());
        } else if (ownerName.find() && !NotAName.isIn(ownerName.group(1)) && PERSON.matcher(ownerName.group(1)).matches()) {
            owner = ownerName.group(1);
            raw = raw.substring(0, ownerName.start());
        }
        Matcher ownerMark = OWNER_PREFIX.matcher(raw);
        if (ownerMark.find()) {
            owner = owner.equals(UNASSIGNED) ? ownerMark.group(1).strip() : owner;
            raw = raw.substring(ownerMark.end());
        }
        Matcher bold = BOLD_TITLE.matcher(raw);
        String title = bold.find() ? plain(bold.group(1)) : plain(raw);
        if (title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ActionItem(shorten(title), ActionType.OTHER, owner, status, Optional.empty(),
                due, ticket, Optional.empty()));
    }

    private static void fromTable(TableBlock table, List<ActionItem> items) {
        List<Column> columns = new ArrayList<>();
        for (Node row : Tables.rows(table, true)) {
            Tables.cells(row).forEach(cell -> columns.add(column(Outline.text(cell))));
        }
        if (!columns.contains(Column.TITLE) && !columns.isEmpty()) {
            columns.set(describing(table, columns), Column.TITLE);
        }
        boolean numbered = !columns.isEmpty() && columns.get(0) == Column.NUMBER;
        int first = items.size();
        for (Node row : Tables.rows(table, false)) {
            List<TableCell> cells = Tables.cells(row);
            // A row with no number, owner, status or due day goes on the item above it, as a word processor
            // wraps a long cell.
            if (numbered && items.size() > first && !cells.isEmpty() && Outline.text(cells.get(0)).isEmpty()
                    && emptyIn(cells, columns, Column.OWNER) && emptyIn(cells, columns, Column.STATUS)
                    && emptyIn(cells, columns, Column.DUE)) {
                continued(items, cells, columns);
                continue;
            }
            rowItem(columns, cells.stream().map(Outline::text).toList(), c -> ticket(cells.get(c)), () -> ticket(row))
                    .ifPresent(items::add);
        }
    }

    /**
     * The item a table's row, or a record of a tracker's export, gives by its columns; none when it has
     * no title or is marked "Won't do", a decision against the work.
     *
     * @param cellLink the tracker link in a cell, by its column
     * @param rowLink  the first tracker link anywhere in the row
     */
    private static Optional<ActionItem> rowItem(List<Column> columns, List<String> cells, IntFunction<Optional<String>> cellLink,
                                                Supplier<Optional<String>> rowLink) {
        Optional<String> title = Optional.empty();
        String owner = UNASSIGNED;
        ActionStatus status = ActionStatus.OPEN;
        ActionType type = ActionType.OTHER;
        Optional<String> priority = Optional.empty();
        Optional<LocalDate> due = Optional.empty();
        Optional<String> ticket = Optional.empty();
        for (int c = 0; c < cells.size() && c < columns.size(); c++) {
            String text = cells.get(c);
            Matcher mark = CELL_MARK.matcher(text);
            if (mark.find() && columns.get(c) != Column.STATUS) {
                status = mark.group(1).equals("DONE") ? ActionStatus.DONE : ActionStatus.OPEN;
                text = (text.substring(0, mark.start()) + " " + text.substring(mark.end())).strip();
            }
            if (text.isEmpty() || text.equals("-") || text.equals("—")) {
                continue;
            }
            switch (columns.get(c)) {
                case TITLE -> title = Optional.of(shorten(plain(text)));
                case OWNER -> owner = text;
                case TYPE -> type = ActionType.find(text).orElse(ActionType.OTHER);
                case PRIORITY -> priority = Optional.of(text);
                case STATUS -> status = status(text);
                case DUE -> due = DateText.find(text).map(DateText.Found::day);
                case TICKET -> ticket = Optional.of(cellLink.apply(c).orElse(text));
                default -> { }
            }
        }
        if (title.isEmpty() || status == ActionStatus.NOT_DOING) {
            return Optional.empty();
        }
        Optional<String> link = ticket.isPresent() ? ticket : rowLink.get();
        return Optional.of(new ActionItem(title.get(), type, owner, status, priority, due,
                link.filter(ActionItemFinder::isTicket), Optional.empty()));
    }

    /** The records of a tracker's export, its summary or name column the title where none is named as one. */
    private static void fromExport(TrackerExport.Rows export, List<ActionItem> items) {
        List<Column> columns = new ArrayList<>(export.header().stream().map(ActionItemFinder::column).toList());
        for (int c = 0; c < columns.size(); c++) {
            String name = export.header().get(c).toLowerCase(Locale.ROOT).strip();
            if (!columns.contains(Column.TITLE) && EXPORT_TITLES.contains(name)) {
                columns.set(c, Column.TITLE);
            } else if (columns.get(c) == Column.OTHER && EXPORT_KEYS.contains(name)) {
                columns.set(c, Column.TICKET);
            }
        }
        export.rows().forEach(row -> rowItem(columns, row, c -> Optional.empty(), Optional::empty).ifPresent(items::add));
    }

    private static boolean emptyIn(List<TableCell> cells, List<Column> columns, Column column) {
        int c = columns.indexOf(column);
        return c < 0 || c >= cells.size() || Outline.text(cells.get(c)).isBlank();
    }

    /** The last item, with the text of a row that continues it added to its title. */
    private static void continued(List<ActionItem> items, List<TableCell> cells, List<Column> columns) {
        int c = columns.indexOf(Column.TITLE);
        String more = c < cells.size() ? plain(Outline.text(cells.get(c))) : "";
        if (!more.isEmpty()) {
            ActionItem last = items.get(items.size() - 1);
            items.set(items.size() - 1, new ActionItem(shorten(last.title() + " " + more), last.type(), last.owner(),
                    last.status(), last.priority(), last.due(), last.ticket(), last.closed()));
        }
    }

    /**
     * The items of a table of fields, two columns of name and value, in its row named like an action
     * heading ("| Actions | 1. Fail the job<br>2. Alert ... |"): one item per line of the cell.
     *
     * @return whether any were read
     */
    private static boolean fromFieldRow(TableBlock table, List<ActionItem> items) {
        int before = items.size();
        for (Node row : Tables.rows(table, false)) {
            List<TableCell> cells = Tables.cells(row);
            if (cells.size() == 2 && ActionHeading.is(Outline.text(cells.get(0)).toLowerCase(Locale.ROOT))) {
                for (String line : CELL_BREAK.split(cells.get(1).getText().toString())) {
                    item(CELL_ITEM_NUMBER.matcher(line).replaceFirst(""), Optional.empty(), Optional.empty())
                            .ifPresent(items::add);
                }
            }
        }
        return items.size() > before;
    }

    /**
     * Whether a table lists action items wherever it stands: a column named for them ("Action item",
     * "Follow-up"), or one for the work with one for its owner and one for its status or due day.
     */
    private static boolean hasActionColumn(TableBlock table) {
        List<String> names = Tables.rows(table, true).stream().flatMap(row -> Tables.cells(row).stream())
                .map(cell -> Outline.text(cell).toLowerCase(Locale.ROOT)).toList();
        List<Column> columns = names.stream().map(ActionItemFinder::column).toList();
        // "| Time | Action |" is a timeline: what was done when.
        if (names.stream().anyMatch(name -> TIME_COLUMN.matcher(name).matches())) {
            return false;
        }
        return names.stream().anyMatch(name -> name.startsWith("action") || name.startsWith("follow-up"))
                || columns.contains(Column.TITLE) && columns.contains(Column.OWNER)
                && (columns.contains(Column.STATUS) || columns.contains(Column.DUE));
    }

    /**
     * The column that describes the work in a table that names none for it: the first unnamed one
     * whose cells hold words, not only an id ("PTASK0010231", "1"); else the first.
     */
    private static int describing(TableBlock table, List<Column> columns) {
        for (int c = 0; c < columns.size(); c++) {
            int index = c;
            if (columns.get(c) == Column.OTHER && Tables.rows(table, false).stream().map(Tables::cells)
                    .anyMatch(cells -> index < cells.size() && Outline.text(cells.get(index)).contains(" "))) {
                return c;
            }
        }
        return 0;
    }

    /** A column by its header's name, or by either of the two a bilingual header gives ("Perchennog / Owner"). */
    private static Column column(String header) {
        String name = header.toLowerCase(Locale.ROOT).replaceAll("[*_:]", "").strip();
        for (Column column : Column.values()) {
            if (COLUMN_NAMES.getOrDefault(column, List.of()).contains(name)) {
                return column;
            }
        }
        List<String> names = List.of(ActionHeading.BILINGUAL.split(name));
        if (names.size() > 1) {
            return names.stream().map(ActionItemFinder::column).filter(c -> c != Column.OTHER).findFirst()
                    .orElse(Column.OTHER);
        }
        return name.startsWith("action") ? Column.TITLE : Column.OTHER;
    }

    /**
     * Whether a dash or an arrow is followed by a decision against the work: "Move to AWS — won't do,
     * not the cause", "ย้ายไป AWS — ไม่ทำ", "varu-RP leping → **ei tee**".
     */
    private static boolean decidedAgainstAfterDash(String raw) {
        Matcher dash = DASH.matcher(raw);
        while (dash.find()) {
            String rest = EMPHASIS_START.matcher(raw.substring(dash.end())).replaceFirst("");
            // After a status label the word is the decision, whatever follows: "— **Status: Rejected at pre-read.**"
            Matcher label = STATUS_LABEL.matcher(rest);
            boolean labelled = label.lookingAt();
            String decision = labelled ? rest.substring(label.end()) : rest;
            Matcher word = NOT_DOING_STATUS.matcher(decision.toLowerCase(Locale.ROOT));
            if (word.lookingAt() && (labelled || DECISION_END.matcher(decision).region(word.end(), decision.length())
                    .useTransparentBounds(true).lookingAt())) {
                return true;
            }
        }
        return false;
    }

    /** A status written after an item, and where it starts. */
    private record TrailingStatus(ActionStatus status, int start) {
    }

    /**
     * The status a tracker writes after an item, set apart by a middle dot or a bar ("… · Canceled"),
     * or a status alone after its last dash ("… — devam ediyor").
     */
    private static Optional<TrailingStatus> trailingStatus(String raw) {
        Matcher trailing = TRAILING_STATUS.matcher(raw);
        if (trailing.find()) {
            Optional<ActionStatus> status = statusWord(trailing.group(1));
            if (status.isPresent()) {
                return Optional.of(new TrailingStatus(status.get(), trailing.start()));
            }
        }
        Matcher dash = DASH.matcher(raw);
        int last = -1;
        while (dash.find()) {
            last = dash.start();
        }
        int start = last;
        return start < 0 ? Optional.empty() : statusAlone(raw.substring(start)).map(status -> new TrailingStatus(status, start));
    }

    /**
     * The status a dash's words name when they say nothing else, a remark in brackets aside: "… —
     * *Mert Aksoy* — **tamamlandı (23 Ağustos)**", "… — devam ediyor".
     */
    private static Optional<ActionStatus> statusAlone(String afterDash) {
        String word = LETTERS.matcher(Outline.withoutRemarks(afterDash.replace("*", "").replace("_", " "))
                .toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return STATUS_WORDS.entrySet().stream().filter(e -> e.getKey().matcher(word).matches())
                .map(Map.Entry::getValue).findFirst();
    }

    /** A status cell's status; open when it says none that is known. */
    private static ActionStatus status(String text) {
        return statusWord(text).orElse(ActionStatus.OPEN);
    }

    /**
     * The status a word names, if it is one a tracker shows: done, in progress, not doing, or open.
     * A cell's word may go on ("Done 10/27"); an open one says that alone ("To do", not "To do later?").
     */
    private static Optional<ActionStatus> statusWord(String text) {
        String word = LETTERS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return STATUS_WORDS.entrySet().stream().filter(e -> e.getValue() == ActionStatus.OPEN
                        ? e.getKey().matcher(word).matches() : e.getKey().matcher(word).lookingAt())
                .map(Map.Entry::getValue).findFirst();
    }

    /** The first web link in the node that points at a tracker: its text names a bug, issue or ticket. */
    private static Optional<String> ticket(Node node) {
        for (Node link : node.getDescendants()) {
            if (link instanceof Link l) {
                String url = l.getUrl().toString();
                String text = Outline.text(l).toLowerCase(Locale.ROOT);
                if (isTicket(url) && (text.matches("(bug|issue|ticket|#|[a-z]+-\\d).*") || url.contains("bug")
                        || url.contains("/issues/"))) {
                    return Optional.of(url);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isTicket(String text) {
        return text.startsWith("https://") || text.startsWith("http://") || text.matches(KEY);
    }

    /** The text a reader sees: links as their text (a wikilink's as its name or alias), emphasis and code marks left out. */
    private static String plain(String markdown) {
        String marked = WIKILINK.matcher(markdown).replaceAll("$1").replaceAll("!?\\[([^\\]\\[]*)]\\([^)]*\\)", "$1")
                .replaceAll("<(https?://[^>]+)>", "$1").replaceAll("(\\*\\*|__|`|~~)", "");
        return EMPHASIS.matcher(marked).replaceAll("$1").replaceAll("\\s+", " ").strip();
    }

    /** A title is one line; a long item keeps its first sentence, or its first words. */
    private static String shorten(String title) {
        if (title.length() <= MAX_TITLE) {
            return title;
        }
        Matcher sentence = SENTENCE_END.matcher(title);
        if (sentence.find() && sentence.start() < MAX_TITLE) {
            return title.substring(0, sentence.start() + 1);
        }
        return Inference.cutAtWord(title, MAX_TITLE - 1);
    }
}
