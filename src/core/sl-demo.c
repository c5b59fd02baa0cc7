/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Realistic, deterministic sample data: postings, people in many scripts, interviews. */
#define G_LOG_DOMAIN "sl-demo"

#include "config.h"

#include "sl-demo.h"
#include "sl-store-people-private.h"

/* The most postings the demo makes up by itself for a large candidate count. */
#define MAX_AUTO_POSTINGS 20

/* Candidates written per batch. */
#define DEMO_BATCH 4096

/* The records of one batch of candidates, written type by type (see
 * sl_store_insert_records()): an interview refers to its application and a
 * feedback to its interview by index until their ids are known. */
typedef struct
{
  GPtrArray *applications;   /* SlApplication */
  GPtrArray *interviews;     /* SlInterview */
  GArray    *interview_of;   /* guint: index in applications */
  GPtrArray *feedback;       /* SlFeedback */
  GArray    *feedback_of;    /* guint: index in interviews */
} DemoBatch;

typedef struct
{
  const char *name;
  const char *ascii;   /* for e-mail addresses */
} NamePart;

typedef struct
{
  const NamePart     *given;
  guint               n_given;
  const NamePart     *family;
  guint               n_family;
  gboolean            family_first;
  const char         *separator;
  guint               weight;
  const char * const *locations;
  const char         *phone_prefix;
} Script;

static const NamePart latin_given[] = {
  { "José", "jose" }, { "Zoë", "zoe" }, { "François", "francois" }, { "Søren", "soren" },
  { "Łukasz", "lukasz" }, { "Ana", "ana" }, { "Mateo", "mateo" }, { "Inès", "ines" },
  { "Björn", "bjorn" }, { "Chloé", "chloe" }, { "Jürgen", "jurgen" }, { "Núria", "nuria" },
  { "Élodie", "elodie" }, { "Tomás", "tomas" }, { "Agnieszka", "agnieszka" }, { "Emma", "emma" },
  { "Liam", "liam" }, { "Olivia", "olivia" }, { "Noah", "noah" }, { "Sofia", "sofia" },
  { "Lucas", "lucas" }, { "Maya", "maya" }, { "Daniel", "daniel" }, { "Sara", "sara" },
  { "Jonas", "jonas" }, { "Aoife", "aoife" }, { "Siobhán", "siobhan" }, { "Kwame", "kwame" },
};
static const NamePart latin_family[] = {
  { "Álvarez", "alvarez" }, { "Müller", "muller" }, { "Côté", "cote" }, { "Nørgaard", "norgaard" },
  { "Wiśniewski", "wisniewski" }, { "García", "garcia" }, { "Dubois", "dubois" }, { "Öztürk", "ozturk" },
  { "Ramírez", "ramirez" }, { "Schröder", "schroder" }, { "Pérez", "perez" }, { "Kowalski", "kowalski" },
  { "Smith", "smith" }, { "Johnson", "johnson" }, { "O’Brien", "obrien" }, { "Rossi", "rossi" },
  { "Silva", "silva" }, { "Jansen", "jansen" }, { "Novák", "novak" }, { "Lindqvist", "lindqvist" },
  { "Fernández", "fernandez" }, { "Ferreira", "ferreira" }, { "Nguyễn", "nguyen" }, { "Mensah", "mensah" },
};
static const char * const latin_locations[] = {
  "Berlin, Germany", "Madrid, Spain", "Montréal, Canada", "København, Denmark",
  "Kraków, Poland", "Lisboa, Portugal", "Paris, France", "Dublin, Ireland",
  "New York, USA", "São Paulo, Brazil", "Zürich, Switzerland", "Accra, Ghana", NULL
};

static const NamePart devanagari_given[] = {
  { "अनिल", "anil" }, { "प्रिया", "priya" }, { "राहुल", "rahul" }, { "सुनीता", "sunita" },
  { "विकास", "vikas" }, { "अंजलि", "anjali" }, { "दीपक", "deepak" }, { "कविता", "kavita" },
  { "अमित", "amit" }, { "नेहा", "neha" }, { "आदित्य", "aditya" }, { "पूजा", "pooja" },
};
static const NamePart devanagari_family[] = {
  { "शर्मा", "sharma" }, { "पटेल", "patel" }, { "वर्मा", "verma" }, { "गुप्ता", "gupta" },
  { "सिंह", "singh" }, { "जोशी", "joshi" }, { "मेहता", "mehta" }, { "कुमार", "kumar" },
};
static const char * const indian_locations[] = {
  "Bengaluru, India", "Pune, India", "Mumbai, India", "New Delhi, India", NULL
};

static const NamePart japanese_given[] = {
  { "陽翔", "haruto" }, { "結衣", "yui" }, { "蓮", "ren" }, { "さくら", "sakura" },
  { "大翔", "hiroto" }, { "美咲", "misaki" }, { "健太", "kenta" }, { "愛", "ai" },
};
static const NamePart japanese_family[] = {
  { "佐藤", "sato" }, { "鈴木", "suzuki" }, { "高橋", "takahashi" }, { "田中", "tanaka" },
  { "渡辺", "watanabe" }, { "伊藤", "ito" }, { "山本", "yamamoto" },
};
static const char * const japanese_locations[] = { "東京, Japan", "大阪, Japan", "Fukuoka, Japan", NULL };

static const NamePart greek_given[] = {
  { "Γιώργος", "giorgos" }, { "Μαρία", "maria" }, { "Νίκος", "nikos" }, { "Ελένη", "eleni" },
  { "Δημήτρης", "dimitris" }, { "Κατερίνα", "katerina" },
};
/* Genitive surnames are the same for everyone, so any pairing is right. */
static const NamePart greek_family[] = {
  { "Οικονόμου", "oikonomou" }, { "Γεωργίου", "georgiou" }, { "Νικολάου", "nikolaou" },
  { "Ιωάννου", "ioannou" }, { "Δημητρίου", "dimitriou" }, { "Αντωνίου", "antoniou" },
};
static const char * const greek_locations[] = { "Αθήνα, Greece", "Thessaloniki, Greece", NULL };

static const NamePart ukrainian_given[] = {
  { "Олена", "olena" }, { "Андрій", "andrii" }, { "Ірина", "iryna" }, { "Тарас", "taras" },
  { "Оксана", "oksana" }, { "Богдан", "bohdan" },
};
static const NamePart ukrainian_family[] = {
  { "Шевченко", "shevchenko" }, { "Коваленко", "kovalenko" }, { "Бондаренко", "bondarenko" },
  { "Ткаченко", "tkachenko" }, { "Кравченко", "kravchenko" },
};
static const char * const ukrainian_locations[] = { "Київ, Ukraine", "Lviv, Ukraine", "Warsaw, Poland", NULL };

static const NamePart arabic_given[] = {
  { "محمد", "mohammed" }, { "فاطمة", "fatima" }, { "أحمد", "ahmed" }, { "ليلى", "layla" },
  { "يوسف", "youssef" }, { "نور", "nour" },
};
static const NamePart arabic_family[] = {
  { "الحسن", "alhassan" }, { "المصري", "elmasry" }, { "حداد", "haddad" }, { "خليل", "khalil" },
  { "منصور", "mansour" },
};
static const char * const arabic_locations[] = { "Cairo, Egypt", "Dubai, UAE", "Amman, Jordan", NULL };

static const NamePart chinese_given[] = {
  { "伟", "wei" }, { "芳", "fang" }, { "静", "jing" }, { "磊", "lei" }, { "秀英", "xiuying" },
  { "浩然", "haoran" },
};
static const NamePart chinese_family[] = {
  { "王", "wang" }, { "李", "li" }, { "张", "zhang" }, { "刘", "liu" }, { "陈", "chen" }, { "杨", "yang" },
};
static const char * const chinese_locations[] = { "上海, China", "Shenzhen, China", "Singapore", NULL };

static const NamePart korean_given[] = {
  { "민준", "minjun" }, { "서연", "seoyeon" }, { "지우", "jiwoo" }, { "하은", "haeun" }, { "도윤", "doyoon" },
};
static const NamePart korean_family[] = {
  { "김", "kim" }, { "이", "lee" }, { "박", "park" }, { "최", "choi" }, { "정", "jung" },
};
static const char * const korean_locations[] = { "서울, South Korea", "Busan, South Korea", NULL };

#define SCRIPT(given, family, first, sep, weight, locations, phone) \
  { given, G_N_ELEMENTS (given), family, G_N_ELEMENTS (family), first, sep, weight, locations, phone }

static const Script scripts[] = {
  SCRIPT (latin_given, latin_family, FALSE, " ", 45, latin_locations, "+49"),
  SCRIPT (devanagari_given, devanagari_family, FALSE, " ", 15, indian_locations, "+91"),
  SCRIPT (japanese_given, japanese_family, TRUE, "", 8, japanese_locations, "+81"),
  SCRIPT (greek_given, greek_family, FALSE, " ", 6, greek_locations, "+30"),
  SCRIPT (ukrainian_given, ukrainian_family, FALSE, " ", 6, ukrainian_locations, "+380"),
  SCRIPT (arabic_given, arabic_family, FALSE, " ", 7, arabic_locations, "+971"),
  SCRIPT (chinese_given, chinese_family, TRUE, "", 8, chinese_locations, "+86"),
  SCRIPT (korean_given, korean_family, TRUE, "", 5, korean_locations, "+82"),
};

typedef struct
{
  const char         *title;
  const char         *department;
  const char         *location;
  const char         *time_zone;
  SlWorkplaceType     workplace;
  const char         *employment_type;
  const char         *currency;
  SlSalaryUnit        unit;
  double              salary_min;
  double              salary_max;
  const char         *summary;
  const char * const  responsibilities[5];
  const char * const  qualifications[5];
  const char * const  nice_to_have[4];
  /* Who applies: the headlines and tags of people this posting draws, and a
   * family of postings a candidate may apply to together (a backend
   * engineer to the SRE posting too, never to the marketing internship). */
  const char * const  roles[4];
  const char * const  tags[6];
  guint               family;
} PostingTemplate;

enum {
  FAMILY_ENGINEERING,
  FAMILY_DESIGN,
  FAMILY_DATA,
  FAMILY_SUPPORT,
  FAMILY_RECRUITING,
  FAMILY_MARKETING,
  FAMILY_SALES,
};

static const PostingTemplate posting_templates[] = {
  {
    "Senior Backend Engineer", "Engineering", "Berlin, Germany", "Europe/Berlin",
    SL_WORKPLACE_TYPE_HYBRID, "FULL_TIME", "EUR", SL_SALARY_UNIT_YEAR, 75000, 95000,
    "Build the services behind our scheduling platform, used by 4 000 clinics.",
    { "Design and run services in Rust and PostgreSQL", "Review code and mentor two engineers",
      "Share the on-call rotation (one week in six)", NULL },
    { "5+ years building backend services", "Solid SQL and data-modelling skills",
      "Fluent English; German is a plus", NULL },
    { "Experience with Kubernetes", "Open-source contributions", NULL },
    { "Backend Engineer", "Senior Software Engineer", "Backend Developer", "Platform Engineer" },
    { "rust", "sql", "backend", "kubernetes", "senior", "python" },
    FAMILY_ENGINEERING,
  },
  {
    "Product Designer", "Design", "Lisboa, Portugal", "Europe/Lisbon",
    SL_WORKPLACE_TYPE_REMOTE, "FULL_TIME", "EUR", SL_SALARY_UNIT_YEAR, 48000, 62000,
    "Shape how recruiters and hiring managers work together every day.",
    { "Run discovery interviews with customers", "Own flows from sketch to shipped UI",
      "Keep the design system consistent", NULL },
    { "A portfolio of shipped product work", "Comfort with prototyping tools",
      "Clear written communication", NULL },
    { "Accessibility expertise", "Experience with GNOME or GTK apps", NULL },
    { "Product Designer", "UX Designer", "Interaction Designer", "UX Researcher" },
    { "design", "figma", "accessibility", "ux-research", "prototyping", "remote" },
    FAMILY_DESIGN,
  },
  {
    "Data Analyst", "Data", "Bengaluru, India", "Asia/Kolkata",
    SL_WORKPLACE_TYPE_ON_SITE, "FULL_TIME", "INR", SL_SALARY_UNIT_YEAR, 1800000, 2600000,
    "Turn hiring data into decisions for our teams across Asia.",
    { "Build dashboards on funnel conversion and time to hire", "Answer ad-hoc questions from leadership",
      "Keep data definitions documented", NULL },
    { "3+ years of SQL and Python", "Experience with a BI tool", "Statistics fundamentals", NULL },
    { "Hindi or Kannada", "dbt experience", NULL },
    { "Data Analyst", "Business Intelligence Analyst", "Analytics Engineer", "Data Scientist" },
    { "sql", "python", "data", "dbt", "statistics", "bilingual" },
    FAMILY_DATA,
  },
  {
    "Site Reliability Engineer", "Infrastructure", "New York, USA", "America/New_York",
    SL_WORKPLACE_TYPE_HYBRID, "FULL_TIME", "USD", SL_SALARY_UNIT_YEAR, 150000, 185000,
    "Keep our platform fast and boring across three regions.",
    { "Automate infrastructure with Terraform", "Improve observability and alerting",
      "Lead incident reviews", NULL },
    { "Linux systems expertise", "Experience running production Kubernetes",
      "A programming language (Go, Python or Rust)", NULL },
    { "PostgreSQL operations", "Security certifications", NULL },
    { "Site Reliability Engineer", "DevOps Engineer", "Infrastructure Engineer", "Systems Administrator" },
    { "kubernetes", "terraform", "go", "linux", "on-call", "sql" },
    FAMILY_ENGINEERING,
  },
  {
    "Technical Support Specialist (Japanese)", "Customer Success", "東京, Japan", "Asia/Tokyo",
    SL_WORKPLACE_TYPE_ON_SITE, "FULL_TIME", "JPY", SL_SALARY_UNIT_YEAR, 5000000, 7000000,
    "Help our Japanese customers get the most out of the product.",
    { "Answer tickets and calls in Japanese and English", "Write help-centre articles",
      "Report bugs with clear reproductions", NULL },
    { "Native Japanese, business English", "2+ years in software support", NULL },
    { "SQL basics", NULL },
    { "Technical Support Specialist", "Customer Support Engineer", "Support Team Lead", "Customer Success Manager" },
    { "bilingual", "japanese", "customer-support", "sql", "writing", "junior" },
    FAMILY_SUPPORT,
  },
  {
    "Recruiting Coordinator", "People", "London, United Kingdom", "Europe/London",
    SL_WORKPLACE_TYPE_HYBRID, "CONTRACTOR", "GBP", SL_SALARY_UNIT_DAY, 220, 280,
    "Make every candidate's interview day smooth, from invitation to offer.",
    { "Schedule interviews across time zones", "Prepare interview panels",
      "Keep candidates informed at every stage", NULL },
    { "Experience coordinating schedules", "Excellent written English", NULL },
    { "Experience with an ATS", NULL },
    { "Recruiting Coordinator", "Recruiter", "HR Coordinator", "Talent Acquisition Specialist" },
    { "scheduling", "ats", "recruiting", "bilingual", "relocation", "junior" },
    FAMILY_RECRUITING,
  },
  {
    "Frontend Engineer (GTK)", "Engineering", "Remote (Europe)", "Europe/Amsterdam",
    SL_WORKPLACE_TYPE_REMOTE, "PART_TIME", "EUR", SL_SALARY_UNIT_HOUR, 45, 60,
    "Work on our native Linux desktop client, written in C with GTK 4.",
    { "Build screens with GTK 4 and libadwaita", "Profile and fix rendering slowdowns",
      "Write tests that run under Xvfb", NULL },
    { "Strong C and GObject", "Experience with GTK 3 or 4", NULL },
    { "Contributions to GNOME", "Meson experience", NULL },
    { "Frontend Engineer", "Desktop Developer", "GTK Developer", "Software Engineer" },
    { "c", "gtk", "frontend", "meson", "gnome", "remote" },
    FAMILY_ENGINEERING,
  },
  {
    "Marketing Intern", "Marketing", "Zürich, Switzerland", "Europe/Zurich",
    SL_WORKPLACE_TYPE_ON_SITE, "INTERN", "CHF", SL_SALARY_UNIT_MONTH, 2500, 2500,
    "Six months in a small marketing team that ships something every week.",
    { "Write posts for our blog and newsletter", "Help run two events", NULL },
    { "Studying marketing, communication or similar", "German and English", NULL },
    { "French", NULL },
    { "Marketing Student", "Marketing Assistant", "Communications Intern", "Content Writer" },
    { "marketing", "writing", "events", "social-media", "bilingual", "junior" },
    FAMILY_MARKETING,
  },
  {
    "Engineering Manager", "Engineering", "Toronto, Canada", "America/Toronto",
    SL_WORKPLACE_TYPE_HYBRID, "FULL_TIME", "CAD", SL_SALARY_UNIT_YEAR, 160000, 190000,
    "Lead a team of seven engineers building our integrations.",
    { "Hire and grow engineers", "Plan the roadmap with product", "Keep delivery predictable", NULL },
    { "3+ years managing engineers", "A background in software engineering", NULL },
    { "French", "Experience with public APIs", NULL },
    { "Engineering Manager", "Engineering Lead", "Staff Engineer", "Team Lead" },
    { "leadership", "hiring", "mentoring", "senior", "backend", "relocation" },
    FAMILY_ENGINEERING,
  },
  {
    "Account Executive", "Sales", "São Paulo, Brazil", "America/Sao_Paulo",
    SL_WORKPLACE_TYPE_HYBRID, "FULL_TIME", "BRL", SL_SALARY_UNIT_MONTH, 12000, 18000,
    "Bring our product to mid-sized companies across Latin America.",
    { "Own the sales cycle from demo to contract", "Work with solutions engineers",
      "Forecast accurately", NULL },
    { "3+ years of B2B SaaS sales", "Portuguese and Spanish", NULL },
    { "HR-tech experience", NULL },
    { "Account Executive", "Account Manager", "Sales Manager", "Business Development Representative" },
    { "sales", "saas", "crm", "negotiation", "bilingual", "relocation" },
    FAMILY_SALES,
  },
};

static const SlPostingStatus posting_statuses[] = {
  SL_POSTING_STATUS_OPEN, SL_POSTING_STATUS_OPEN, SL_POSTING_STATUS_OPEN,
  SL_POSTING_STATUS_ON_HOLD, SL_POSTING_STATUS_OPEN, SL_POSTING_STATUS_DRAFT,
  SL_POSTING_STATUS_OPEN, SL_POSTING_STATUS_CLOSED, SL_POSTING_STATUS_OPEN,
  SL_POSTING_STATUS_ARCHIVED,
};

static const char * const roles[] = {
  "Software Engineer", "Backend Developer", "Product Designer", "Data Analyst",
  "DevOps Engineer", "Support Specialist", "Engineering Lead", "UX Researcher",
  "Account Manager", "Marketing Specialist", "Recruiter", "QA Engineer",
};
static const char * const companies[] = {
  "Contoso", "Fabrikam", "Northwind Traders", "Tailspin Toys", "Wide World Importers",
  "Litware", "Adatum", "Proseware", "Woodgrove Bank", "Lucerne Publishing",
};
static const char * const sources[] = {
  "Referral", "LinkedIn", "Company website", "Job board", "Agency", "Career fair", "Meetup",
};
static const char * const tags[] = {
  "python", "rust", "c", "gtk", "kubernetes", "design", "leadership", "remote",
  "relocation", "visa-sponsorship", "senior", "junior", "frontend", "backend",
  "data", "sql", "go", "bilingual",
};
static const char * const domains[] = {
  "example.com", "example.org", "example.net", "mail.example.com",
};
static const char * const interviewers[] = {
  "Maria Schmidt", "Kenji Watanabe", "Aarav Mehta", "Claire Martin", "Lars Eriksen",
  "Amara Okafor", "Diego Torres", "Hannah Becker",
};
static const char * const feedback_notes[] = {
  "Clear communicator; solid fundamentals.",
  "Strong on system design, weaker on testing.",
  "Great questions about the team. Would like a second technical round.",
  "Not enough depth for the level we need.",
  "Excellent culture add; pragmatic about trade-offs.",
  "Struggled with the exercise but reasoned well out loud.",
};
static const char * const rejection_reasons[] = {
  "Not enough experience", "Salary expectations", "Position filled", "Location",
};

/* The share of applications per stage of the default pipeline, in percent. */
static const guint stage_weights[] = { 50, 25, 13, 7, 5 };

typedef struct
{
  char       *id;
  GPtrArray  *stage_ids;    /* of char *, by position */
  double     *next_position;
  const PostingTemplate *template;
  GTimeZone  *time_zone;
  SlPostingStatus status;
} DemoPosting;

static void
demo_posting_clear (DemoPosting *posting)
{
  g_clear_pointer (&posting->id, g_free);
  g_clear_pointer (&posting->stage_ids, g_ptr_array_unref);
  g_clear_pointer (&posting->next_position, g_free);
  g_clear_pointer (&posting->time_zone, g_time_zone_unref);
}

#define PICK(rand, array) ((array)[g_rand_int_range ((rand), 0, G_N_ELEMENTS (array))])

static char *
format_date (GDateTime *base,
             int        days)
{
  g_autoptr (GDateTime) date = g_date_time_add_days (base, days);

  return g_date_time_format (date, "%Y-%m-%d");
}

static gboolean
add_posting (SlStore      *store,
             GRand        *rand,
             guint         index,
             GDateTime    *today,
             DemoPosting  *out,
             GError      **error)
{
  const PostingTemplate *template = &posting_templates[index % G_N_ELEMENTS (posting_templates)];
  g_autoptr (SlPosting) posting = sl_posting_new ();
  g_autoptr (GPtrArray) stages = NULL;
  g_autofree char *date_posted = NULL;
  g_autofree char *valid_through = NULL;
  const char *locations[] = { template->location, NULL };
  int age = g_rand_int_range (rand, 3, 60);

  out->template = template;
  out->status = posting_statuses[index % G_N_ELEMENTS (posting_statuses)];
  /* The first posting is the big one the benchmarks open: keep it open. */
  if (index == 0)
    out->status = SL_POSTING_STATUS_OPEN;

  date_posted = format_date (today, -age);
  valid_through = format_date (today, 90 - age);

  sl_posting_set_title (posting, template->title);
  sl_posting_set_department (posting, template->department);
  sl_posting_set_hiring_manager (posting, PICK (rand, interviewers));
  sl_posting_set_organization (posting, "Shortlist Demo GmbH");
  sl_posting_set_openings (posting, g_rand_int_range (rand, 1, 4));
  sl_posting_set_locations (posting, locations);
  sl_posting_set_workplace_type (posting, template->workplace);
  sl_posting_set_employment_type (posting, template->employment_type);
  sl_posting_set_date_posted (posting, date_posted);
  sl_posting_set_valid_through (posting, valid_through);
  sl_posting_set_salary_min (posting, template->salary_min);
  sl_posting_set_salary_max (posting, template->salary_max);
  sl_posting_set_salary_currency (posting, template->currency);
  sl_posting_set_salary_unit (posting, template->unit);
  sl_posting_set_summary (posting, template->summary);
  sl_posting_set_description (posting,
                              "We are a small, remote-friendly company building tools for "
                              "people who hire.\n\nYou will join a team that values clear "
                              "writing, kind reviews and shipping in small steps.");
  sl_posting_set_about (posting, "Shortlist Demo GmbH makes software for recruiting teams.");
  sl_posting_set_responsibilities (posting, template->responsibilities);
  sl_posting_set_qualifications (posting, template->qualifications);
  sl_posting_set_nice_to_have (posting, template->nice_to_have);
  sl_posting_set_status (posting, out->status);

  if (!sl_store_save_posting (store, posting, error))
    return FALSE;

  stages = sl_store_list_stages (store, sl_record_get_id (SL_RECORD (posting)), error);
  if (stages == NULL)
    return FALSE;

  out->id = g_strdup (sl_record_get_id (SL_RECORD (posting)));
  out->stage_ids = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < stages->len; i++)
    g_ptr_array_add (out->stage_ids,
                     g_strdup (sl_record_get_id (g_ptr_array_index (stages, i))));
  out->next_position = g_new0 (double, MAX (stages->len, 1));
  out->time_zone = g_time_zone_new_identifier (template->time_zone);
  if (out->time_zone == NULL)
    out->time_zone = g_time_zone_new_utc ();

  return TRUE;
}

static char *
make_phone (GRand      *rand,
            const char *prefix)
{
  return g_strdup_printf ("%s %d %03d %04d", prefix,
                          g_rand_int_range (rand, 10, 99),
                          g_rand_int_range (rand, 0, 1000),
                          g_rand_int_range (rand, 0, 10000));
}

/* @template: the posting the person applies to first, whose roles and tags
 * they get; NULL for someone in no pipeline. */
static SlCandidate *
make_candidate (GRand                 *rand,
                guint                  index,
                gint64                 now,
                const PostingTemplate *template)
{
  SlCandidate *candidate = sl_candidate_new ();
  const Script *script = NULL;
  const NamePart *given, *family;
  g_autofree char *name = NULL;
  g_autofree char *email = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *headline = NULL;
  const char *candidate_tags[4] = { NULL };
  const char *emails[2] = { NULL };
  const char *phones[2] = { NULL };
  guint total = 0, pick, n_tags;

  for (guint i = 0; i < G_N_ELEMENTS (scripts); i++)
    total += scripts[i].weight;
  pick = g_rand_int_range (rand, 0, total);
  for (guint i = 0; i < G_N_ELEMENTS (scripts); i++)
    {
      if (pick < scripts[i].weight)
        {
          script = &scripts[i];
          break;
        }
      pick -= scripts[i].weight;
    }
  g_assert (script != NULL);

  given = &script->given[g_rand_int_range (rand, 0, script->n_given)];
  family = &script->family[g_rand_int_range (rand, 0, script->n_family)];
  if (script->family_first)
    name = g_strconcat (family->name, script->separator, given->name, NULL);
  else
    name = g_strconcat (given->name, script->separator, family->name, NULL);

  /* The index keeps addresses unique, as real ones are. */
  email = g_strdup_printf ("%s.%s%u@%s", given->ascii, family->ascii, index,
                           PICK (rand, domains));
  phone = make_phone (rand, script->phone_prefix);
  headline = g_strdup_printf ("%s at %s",
                              template != NULL ? PICK (rand, template->roles) : PICK (rand, roles),
                              PICK (rand, companies));

  n_tags = g_rand_int_range (rand, 0, 4);
  for (guint i = 0; i < n_tags; i++)
    {
      const char *tag = template != NULL ? PICK (rand, template->tags) : PICK (rand, tags);

      if (!g_strv_contains (candidate_tags, tag))
        candidate_tags[i] = tag;
      else
        break;
    }
  emails[0] = email;
  phones[0] = phone;

  sl_candidate_set_name (candidate, name);
  sl_candidate_set_emails (candidate, emails);
  sl_candidate_set_phones (candidate, phones);
  sl_candidate_set_location (candidate,
                             script->locations[g_rand_int_range (rand, 0,
                                                                 g_strv_length ((char **) script->locations))]);
  sl_candidate_set_headline (candidate, headline);
  sl_candidate_set_source (candidate, PICK (rand, sources));
  sl_candidate_set_tags (candidate, candidate_tags);
  if (g_rand_int_range (rand, 0, 10) == 0)
    sl_candidate_set_notes (candidate, "Met at a meetup; interested in the platform team.");
  sl_candidate_set_consent_at (candidate, now - g_rand_int_range (rand, 1, 120) * G_TIME_SPAN_DAY);

  return candidate;
}

static guint
pick_posting (GRand        *rand,
              const double *cumulative,
              guint         n_postings)
{
  double r = g_rand_double (rand) * cumulative[n_postings - 1];

  for (guint i = 0; i < n_postings; i++)
    if (r < cumulative[i])
      return i;
  return n_postings - 1;
}

static guint
pick_stage (GRand *rand,
            guint  n_stages)
{
  guint r = g_rand_int_range (rand, 0, 100);

  for (guint i = 0; i < G_N_ELEMENTS (stage_weights) && i < n_stages; i++)
    {
      if (r < stage_weights[i])
        return i;
      r -= stage_weights[i];
    }
  return 0;
}

/* A weekday at a business hour, local to @tz, @days from @today. */
static gint64
business_time (GRand     *rand,
               GTimeZone *tz,
               GDateTime *today,
               int        days)
{
  g_autoptr (GDateTime) day = g_date_time_add_days (today, days);
  g_autoptr (GDateTime) local = NULL;
  int weekday = g_date_time_get_day_of_week (day);

  if (weekday == 6)
    days += 2;
  else if (weekday == 7)
    days += 1;
  g_clear_pointer (&day, g_date_time_unref);
  day = g_date_time_add_days (today, days);

  local = g_date_time_new (tz,
                           g_date_time_get_year (day),
                           g_date_time_get_month (day),
                           g_date_time_get_day_of_month (day),
                           g_rand_int_range (rand, 9, 17),
                           g_rand_boolean (rand) ? 0 : 30,
                           0);
  if (local == NULL)
    return g_date_time_to_unix (day) * G_USEC_PER_SEC + 12 * G_TIME_SPAN_HOUR;
  return g_date_time_to_unix (local) * G_USEC_PER_SEC;
}

static void
add_interviews (DemoBatch    *records,
                GRand        *rand,
                DemoPosting  *posting,
                guint         application,
                guint         stage,
                GDateTime    *today,
                guint        *n_interviews,
                guint        *n_feedback)
{
  static const char * const kinds[] = { "phone_screen", "technical", "onsite", "panel" };
  guint count;

  switch (stage)
    {
    case 0:
      count = 0;
      break;
    case 1:
      count = g_rand_int_range (rand, 0, 2);
      break;
    case 2:
      count = g_rand_int_range (rand, 1, 3);
      break;
    default:
      count = g_rand_int_range (rand, 2, 4);
      break;
    }

  for (guint i = 0; i < count; i++)
    {
      SlInterview *interview = sl_interview_new ();
      guint interview_index = records->interviews->len;
      const char *people[3] = { PICK (rand, interviewers), NULL, NULL };
      /* Earlier rounds lie in the past; the last round of a live stage may
       * be coming up. */
      gboolean upcoming = i + 1 == count && stage < 3 && g_rand_boolean (rand);
      int days = upcoming ? g_rand_int_range (rand, 1, 15)
                          : -g_rand_int_range (rand, 1 + 7 * (count - i), 7 + 7 * (count - i));
      gint64 starts_at = business_time (rand, posting->time_zone, today, days);
      guint minutes = i == 0 ? 30 : 60;
      SlInterviewStatus status;
      const char *kind = kinds[MIN (i + (stage > 1 ? 1 : 0), G_N_ELEMENTS (kinds) - 1)];

      if (g_str_equal (kind, "panel") || g_str_equal (kind, "onsite"))
        people[1] = PICK (rand, interviewers);
      if (people[1] != NULL && g_str_equal (people[0], people[1]))
        people[1] = NULL;

      /* Decided by the dice, not the clock, so a seed always gives the same data. */
      if (upcoming)
        status = SL_INTERVIEW_STATUS_SCHEDULED;
      else if (g_rand_int_range (rand, 0, 25) == 0)
        status = SL_INTERVIEW_STATUS_NO_SHOW;
      else
        status = SL_INTERVIEW_STATUS_COMPLETED;

      sl_interview_set_kind (interview, kind);
      sl_interview_set_starts_at (interview, starts_at);
      sl_interview_set_ends_at (interview, starts_at + minutes * G_TIME_SPAN_MINUTE);
      sl_interview_set_time_zone (interview, posting->template->time_zone);
      if (posting->template->workplace == SL_WORKPLACE_TYPE_REMOTE || i == 0)
        sl_interview_set_video_link (interview, "https://meet.example.com/shortlist-demo");
      else
        sl_interview_set_location (interview, posting->template->location);
      sl_interview_set_interviewers (interview, people);
      sl_interview_set_status (interview, status);

      g_ptr_array_add (records->interviews, interview);
      g_array_append_val (records->interview_of, application);
      (*n_interviews)++;

      if (status != SL_INTERVIEW_STATUS_COMPLETED)
        continue;

      for (guint j = 0; people[j] != NULL; j++)
        {
          SlFeedback *feedback;

          /* Some interviewers have not written their feedback yet. */
          if (g_rand_int_range (rand, 0, 100) >= (j == 0 ? 85 : 60))
            continue;

          feedback = sl_feedback_new ();

          sl_feedback_set_interviewer (feedback, people[j]);
          sl_feedback_set_recommendation (feedback,
                                          stage >= 3 ? SL_RECOMMENDATION_YES + g_rand_int_range (rand, 0, 2)
                                                     : SL_RECOMMENDATION_STRONG_NO + g_rand_int_range (rand, 0, 4));
          sl_feedback_set_notes (feedback, PICK (rand, feedback_notes));
          g_ptr_array_add (records->feedback, feedback);
          g_array_append_val (records->feedback_of, interview_index);
          (*n_feedback)++;
        }
    }
}

static void
add_application (DemoBatch    *records,
                 GRand        *rand,
                 DemoPosting  *posting,
                 const char   *candidate_id,
                 GDateTime    *today,
                 gint64        now,
                 guint        *n_interviews,
                 guint        *n_feedback)
{
  SlApplication *application;
  guint n_stages = posting->stage_ids->len;
  guint stage = pick_stage (rand, n_stages);
  int applied_days_ago = g_rand_int_range (rand, 1 + 7 * stage, 30 + 10 * stage);
  gint64 applied_at = now - applied_days_ago * G_TIME_SPAN_DAY -
                      g_rand_int_range (rand, 0, 24 * 60) * G_TIME_SPAN_MINUTE;
  gint64 stage_entered_at = applied_at + (stage * applied_days_ago / (stage + 1)) * G_TIME_SPAN_DAY;

  if (n_stages == 0)
    return;

  application = sl_application_new ();
  posting->next_position[stage] += 1.0;

  sl_application_set_candidate_id (application, candidate_id);
  sl_application_set_posting_id (application, posting->id);
  sl_application_set_stage_id (application, g_ptr_array_index (posting->stage_ids, stage));
  sl_application_set_position (application, posting->next_position[stage]);
  sl_application_set_applied_at (application, applied_at);
  sl_application_set_stage_entered_at (application, MIN (stage_entered_at, now));
  sl_application_set_rating (application, stage == 0 ? 0 : g_rand_int_range (rand, 1, 6));
  if (stage == n_stages - 1 && n_stages >= 5)
    sl_application_set_status (application, SL_APPLICATION_STATUS_HIRED);
  else if (stage <= 1 && g_rand_int_range (rand, 0, 12) == 0)
    {
      sl_application_set_status (application, SL_APPLICATION_STATUS_REJECTED);
      sl_application_set_rejection_reason (application, PICK (rand, rejection_reasons));
    }

  g_ptr_array_add (records->applications, application);
  add_interviews (records, rand, posting, records->applications->len - 1,
                  stage, today, n_interviews, n_feedback);
}

/* Writes the applications, then the interviews, then the feedback. */
static gboolean
write_batch (SlStore    *store,
             DemoBatch  *records,
             GError    **error)
{
  if (!sl_store_insert_records (store, sl_store_application_ops (),
                                (SlRecord **) records->applications->pdata,
                                records->applications->len, "imported", error))
    return FALSE;

  for (guint i = 0; i < records->interviews->len; i++)
    {
      SlRecord *application = g_ptr_array_index (records->applications,
                                                 g_array_index (records->interview_of, guint, i));

      sl_interview_set_application_id (g_ptr_array_index (records->interviews, i),
                                       sl_record_get_id (application));
    }
  if (!sl_store_insert_records (store, sl_store_interview_ops (),
                                (SlRecord **) records->interviews->pdata,
                                records->interviews->len, "imported", error))
    return FALSE;

  for (guint i = 0; i < records->feedback->len; i++)
    {
      SlRecord *interview = g_ptr_array_index (records->interviews,
                                               g_array_index (records->feedback_of, guint, i));

      sl_feedback_set_interview_id (g_ptr_array_index (records->feedback, i),
                                    sl_record_get_id (interview));
    }
  return sl_store_insert_records (store, sl_store_feedback_ops (),
                                  (SlRecord **) records->feedback->pdata,
                                  records->feedback->len, "imported", error);
}

static gboolean
fill (SlStore              *store,
      const SlDemoOptions  *options,
      GError              **error)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (options->seed);
  g_autoptr (GDateTime) now_utc = g_date_time_new_now_utc ();
  g_autoptr (GDateTime) today = NULL;
  g_autofree DemoPosting *postings = NULL;
  g_autofree double *cumulative = NULL;
  guint n_candidates = options->candidates > 0 ? options->candidates : SL_DEMO_DEFAULT_CANDIDATES;
  guint n_postings = options->postings;
  guint n_applications = 0, n_interviews = 0, n_feedback = 0;
  g_autofree SlCandidate **batch = g_new0 (SlCandidate *, DEMO_BATCH);
  g_autofree guint *picks = g_new (guint, 2 * DEMO_BATCH);  /* two postings per person */
  guint n_open = 0;
  gboolean ok = FALSE;
  gint64 now;
  DemoBatch records = {
    g_ptr_array_new_with_free_func (g_object_unref),
    g_ptr_array_new_with_free_func (g_object_unref),
    g_array_new (FALSE, FALSE, sizeof (guint)),
    g_ptr_array_new_with_free_func (g_object_unref),
    g_array_new (FALSE, FALSE, sizeof (guint)),
  };

  if (n_postings == 0)
    n_postings = n_candidates <= SL_DEMO_DEFAULT_CANDIDATES
                 ? SL_DEMO_DEFAULT_POSTINGS
                 : CLAMP (n_candidates / 5000, SL_DEMO_DEFAULT_POSTINGS, MAX_AUTO_POSTINGS);

  today = g_date_time_new_utc (g_date_time_get_year (now_utc),
                               g_date_time_get_month (now_utc),
                               g_date_time_get_day_of_month (now_utc),
                               0, 0, 0);
  now = g_date_time_to_unix (now_utc) * G_USEC_PER_SEC;

  postings = g_new0 (DemoPosting, n_postings);
  cumulative = g_new0 (double, n_postings);

  /* The last one written is the newest, at the top of the postings list:
   * make that the first, busiest posting, so the demo opens on a full board. */
  for (guint i = n_postings; i-- > 0;)
    {
      if (!add_posting (store, rand, i, today, &postings[i], error))
        goto out;
    }

  for (guint i = 0; i < n_postings; i++)
    {
      double weight;

      /* Zipf-like: a few postings get most applicants, as in real life;
       * drafts get none. */
      weight = postings[i].status == SL_POSTING_STATUS_DRAFT ? 0.0 : 1.0 / (i + 1);
      if (weight > 0)
        n_open++;
      cumulative[i] = (i > 0 ? cumulative[i - 1] : 0.0) + weight;
    }

  /* Candidates go in by batches (see sl_store_insert_candidates()), each
   * followed by its people's applications, interviews and feedback, each
   * type in one go (write_batch()). */
  for (guint start = 0; start < n_candidates; start += DEMO_BATCH)
    {
      guint n = MIN (DEMO_BATCH, n_candidates - start);
      gboolean batch_ok;

      /* Where each person applies is picked first, so that their
       * headline and tags fit the posting (and a second application goes
       * to a posting of the same family). */
      for (guint i = 0; i < n; i++)
        {
          picks[2 * i] = picks[2 * i + 1] = G_MAXUINT;
          if (n_open > 0)
            {
              picks[2 * i] = pick_posting (rand, cumulative, n_postings);
              /* A few tries keep about as many second applications as
               * before families were looked at (one in five people). */
              if (g_rand_int_range (rand, 0, 5) == 0)
                for (guint try = 0; try < 8 && picks[2 * i + 1] == G_MAXUINT; try++)
                  {
                    guint second = pick_posting (rand, cumulative, n_postings);

                    if (second != picks[2 * i] &&
                        postings[second].template->family == postings[picks[2 * i]].template->family)
                      picks[2 * i + 1] = second;
                  }
            }
          batch[i] = make_candidate (rand, start + i, now,
                                     picks[2 * i] != G_MAXUINT ? postings[picks[2 * i]].template : NULL);
        }

      batch_ok = sl_store_insert_candidates (store, batch, n, "imported", error);

      for (guint i = 0; i < n && batch_ok; i++)
        {
          for (guint j = 0; j < 2 && picks[2 * i + j] != G_MAXUINT; j++)
            {
              add_application (&records, rand, &postings[picks[2 * i + j]],
                               sl_record_get_id (SL_RECORD (batch[i])),
                               today, now, &n_interviews, &n_feedback);
              n_applications++;
            }
        }
      if (batch_ok)
        batch_ok = write_batch (store, &records, error);
      g_ptr_array_set_size (records.applications, 0);
      g_ptr_array_set_size (records.interviews, 0);
      g_array_set_size (records.interview_of, 0);
      g_ptr_array_set_size (records.feedback, 0);
      g_array_set_size (records.feedback_of, 0);

      for (guint i = 0; i < n; i++)
        g_object_unref (batch[i]);
      if (!batch_ok)
        goto out;
    }

  g_debug ("Demo: %u postings, %u candidates, %u applications, %u interviews, %u feedback",
           n_postings, n_candidates, n_applications, n_interviews, n_feedback);
  ok = TRUE;

out:
  for (guint i = 0; i < n_postings; i++)
    demo_posting_clear (&postings[i]);
  g_ptr_array_unref (records.applications);
  g_ptr_array_unref (records.interviews);
  g_array_unref (records.interview_of);
  g_ptr_array_unref (records.feedback);
  g_array_unref (records.feedback_of);
  return ok;
}

/**
 * sl_demo_fill:
 * @store: the store to add to
 * @options: how much to add, and the seed
 * @error: return location for a #GError
 *
 * Adds postings with their pipelines, candidates with names in several
 * scripts, applications spread over the stages (the first posting gets the
 * most, so a large demo has a column with thousands of cards), interviews in
 * several time zones and feedback, all in one transaction. The same seed
 * gives the same postings, names and counts.
 *
 * Returns: %TRUE on success; on failure nothing was added
 */
gboolean
sl_demo_fill (SlStore              *store,
              const SlDemoOptions  *options,
              GError              **error)
{
  g_autofree char *restore_cache = NULL;
  gint64 mark = 0;
  sqlite3 *db;
  gboolean ok;

  g_return_val_if_fail (SL_IS_STORE (store), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* One transaction writes every table and index: with SQLite's default
   * 2 MB cache it re-reads pages it spilled. The ids are time-ordered, so
   * the writes mostly append and 16 MiB is enough; a cache that holds the
   * whole transaction (it was 1 GiB) is slower, not faster (100 000
   * candidates: 9.4-10.1 s and 443 MB before, 8.4-8.9 s and 83 MB now). */
  db = sl_store_get_db (store);
  {
    sqlite3_stmt *stmt = NULL;

    if (sqlite3_prepare_v2 (db, "PRAGMA cache_size", -1, &stmt, NULL) == SQLITE_OK &&
        sqlite3_step (stmt) == SQLITE_ROW)
      restore_cache = g_strdup_printf ("PRAGMA cache_size = %d", sqlite3_column_int (stmt, 0));
    sqlite3_finalize (stmt);
  }
  sqlite3_exec (db, "PRAGMA cache_size = -16384", NULL, NULL, NULL);

  /* The search index and the contacts are built in one statement each at
   * the end (see sl_store_defer_search_index()). */
  ok = sl_store_begin (store, error);
  if (ok && (!sl_store_defer_search_index (store, &mark, error) ||
             !fill (store, options, error) ||
             !sl_store_index_deferred (store, mark, error)))
    {
      sl_store_rollback (store);
      ok = FALSE;
    }
  else if (ok)
    {
      ok = sl_store_commit (store, error);
    }

  /* Our own integer, read back from SQLite: no outside text in this SQL. */
  if (restore_cache != NULL)
    sqlite3_exec (db, restore_cache, NULL, NULL, NULL);

  return ok;
}
