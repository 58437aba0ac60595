using System.Globalization;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Teams;
using FamilySafeguarding.Infrastructure.Persistence;
using Category = FamilySafeguarding.Domain.Families.ChildProtectionCategory;
using Ev = FamilySafeguarding.Domain.Families.SignificantEventKind;
using Role = FamilySafeguarding.Domain.Families.AllocationRole;
using Worry = FamilySafeguarding.Domain.Families.WorryKind;

namespace FamilySafeguarding.Infrastructure.DemoData;

/// <summary>
/// About thirty invented families across the demo teams, with histories a real service would have: Child in Need plans
/// escalated to Child Protection, plans stepped down, pre-proceedings and care proceedings alongside a CP plan, a child
/// looked after, a baby expected, closures for every reason and a reopened case; adults with each of the worries;
/// allocations to the demo workers (one over the caseload target); and significant events. Every family is built through
/// the domain, so a history that breaks a rule fails the seeding. Dates are relative to today, so the demo stays current.
/// Every name is invented; NHS numbers are in the 999 range the NHS keeps for test data.
/// </summary>
internal sealed class DemoFamilies
{
    public const string Riverside = "Riverside Team";
    public const string Millbrook = "Millbrook Team";
    public const string Hillside = "Hillside Team";
    public const string Eastgate = "Eastgate Team";

    // Riverside.
    private const string Daniel = "Daniel Osei";
    private const string Tom = "Tom Fielding";
    private const string Grace = "Grace Whitfield";
    private const string Kieran = "Kieran Doyle";
    private const string Leah = "Leah Sandhu";
    private const string Owen = "Owen Pritchard";
    private const string Ellie = "Ellie Morgan";
    private const string Miriam = "Dr Miriam Sato";

    // Millbrook.
    private const string Simon = "Simon Hart";
    private const string Chloe = "Chloe Barker";
    private const string Imran = "Imran Qureshi";
    private const string Hannah = "Hannah Lloyd";
    private const string Megan = "Megan Foster";
    private const string Ben = "Ben Ashworth";

    // Shared by Riverside and Millbrook.
    private const string Aisha = "Aisha Rahman";
    private const string Craig = "Craig Dawson";

    // Hillside.
    private const string Natalie = "Natalie Brooks";
    private const string Jamal = "Jamal Carter";
    private const string Lucy = "Lucy Harrington";
    private const string Ryan = "Ryan McAllister";
    private const string Zara = "Zara Patel";
    private const string Fiona = "Fiona Gallagher";

    // Shared by Hillside and Eastgate.
    private const string Emma = "Emma Lindqvist";
    private const string Neil = "Neil Ramsay";

    // Eastgate.
    private const string Adam = "Adam Kowalczyk";
    private const string Bethany = "Bethany Rowe";
    private const string Samuel = "Samuel Idowu";

    private const string WhiteBritish = "White British";
    private const string English = "English";

    private readonly AppDbContext _db;
    private readonly Dictionary<string, Worker> _workers;
    private readonly Dictionary<string, Guid> _teams;
    private readonly DateOnly _today;
    private int _references;
    private int _nhsSequence;

    private DemoFamilies(AppDbContext db, IEnumerable<Person> people, IEnumerable<Team> teams, DateOnly today)
    {
        _db = db;
        _workers = people.Where(p => p.FullName is not null).ToDictionary(p => p.FullName!, p => new Worker(p.Id, p.JobRole, p.FullName!), StringComparer.Ordinal);
        _teams = teams.ToDictionary(t => t.Name, t => t.Id, StringComparer.Ordinal);
        _today = today;
    }

    /// <summary>The workers the families are allocated to, by name: all must be in post for the families to be added.</summary>
    public static IReadOnlyList<string> WorkerNames { get; } =
    [
        Daniel, Tom, Grace, Kieran, Leah, Owen, Ellie, Miriam, Simon, Chloe, Imran, Hannah, Megan, Ben, Aisha, Craig,
        Natalie, Jamal, Lucy, Ryan, Zara, Fiona, Emma, Neil, Adam, Bethany, Samuel,
    ];

    public static IReadOnlyList<string> TeamNames { get; } = [Riverside, Millbrook, Hillside, Eastgate];

    /// <summary>Adds the families and their significant events to the context (the caller saves, in one go).</summary>
    public static void Add(AppDbContext db, IEnumerable<Person> people, IEnumerable<Team> teams, DateOnly today)
    {
        var demo = new DemoFamilies(db, people, teams, today);

        // Riverside: the demo sign-ins' team. Grace Whitfield carries 16 families, one over the target of 15.
        demo.WalshKerr();
        demo.Nowak();
        demo.Hussain();
        demo.BakerMills();
        demo.WardMurphy();
        demo.Campbell();
        demo.Popescu();
        demo.BegumMiah();
        demo.Thompson();
        demo.Reid();
        demo.Okonkwo();
        demo.GreenLowe();
        demo.Ahmed();
        demo.WilsonGrant();
        demo.Szymanska();
        demo.DaviesRoberts();
        demo.Ali();
        demo.Morris();
        demo.Fletcher();
        demo.Harrison();

        // Millbrook.
        demo.EvansKhan();
        demo.Lewandowski();
        demo.Dumitru();
        demo.Chowdhury();
        demo.OBrien();
        demo.Barnes();

        // Hillside.
        demo.JohnsonBailey();
        demo.Mitchell();
        demo.KaurSingh();
        demo.Taylor();

        // Eastgate.
        demo.HallBrennan();
        demo.Mensah();
        demo.Cooper();
    }

    // ----- Riverside -------------------------------------------------------------------------------------------------

    /// <summary>CIN escalated to CP, then pre-proceedings alongside the CP plan; a step-father and an ex-partner.</summary>
    private void WalshKerr()
    {
        var c = Open("Walsh / Kerr family", Riverside, Grace, Ago(14));
        var kayleigh = c.Adult("Kayleigh Walsh", FamilyRole.Mother, Born(29, 3), Gender.Female, ethnicity: WhiteBritish, language: English, nhs: true);
        var liam = c.Adult("Liam Kerr", FamilyRole.Father, Born(32, 7), Gender.Male, ethnicity: WhiteBritish, language: English);
        var darren = c.Adult("Darren Platt", FamilyRole.Father, Born(34, 1), Gender.Male, home: false);
        var mason = c.Child("Mason Walsh", Born(8, 4), Gender.Male, "St Aidan's Catholic Primary School", WhiteBritish);
        var ruby = c.Child("Ruby Kerr", Born(5, 9), Gender.Female, "St Aidan's Catholic Primary School", WhiteBritish);
        c.Parent(kayleigh, mason, ruby);
        c.Parent(liam, ruby);
        c.Parent(darren, mason);
        c.Partners(kayleigh, liam);
        c.ExPartners(kayleigh, darren);
        c.Other(liam, mason, "Step-father of");
        c.Siblings("Half-siblings", mason, ruby);

        c.Cin(Ago(13), mason, ruby);
        c.Worry(kayleigh, Worry.DomesticAbuseVictim, Ago(13));
        c.Worry(liam, Worry.DomesticAbusePerpetrator, Ago(13));
        c.Worry(liam, Worry.SubstanceMisuseAlcohol, Ago(11));
        c.Allocate(Ellie, Role.FamilyPractitioner, Ago(13));
        c.Allocate(Aisha, Role.DomesticAbuseVictimWorker, Ago(12), kayleigh);
        c.Allocate(Craig, Role.SubstanceMisuse, Ago(11), liam);
        c.Event(Ago(10, 3), Ev.DomesticAbuseCallOut, Grace,
            "Police attended at 23:40 after a neighbour reported shouting. Kayleigh had a red mark to her left cheek and said Liam had pushed her. Liam had left before officers arrived. Mason and Ruby were in bed. DASH risk assessment graded high; referred to MARAC.",
            kayleigh, liam, mason, ruby);
        c.Event(Ago(10, 2), Ev.StrategyDiscussion, Grace,
            "Strategy discussion with police, health and St Aidan's: threshold for section 47 enquiries met for Mason and Ruby. Joint visit agreed for the next day; Kayleigh to be seen away from Liam.",
            kayleigh, liam, mason, ruby);
        c.Event(Ago(9, 20), Ev.Marac, Aisha,
            "Kayleigh's case heard at MARAC. Actions: police marker on the address, Safe Haven to offer an IDVA, housing to fit a lock change. Kayleigh was told of the referral and agreed to meet the IDVA.",
            kayleigh);
        c.Event(Ago(9, 3), Ev.ChildAndFamilyAssessmentCompleted, Grace,
            "Child and family assessment completed: the children are exposed to domestic abuse and to Liam's drinking; recommendation an initial child protection conference.",
            mason, ruby, kayleigh, liam);
        c.Cp(Ago(9), Category.Emotional, mason, ruby);
        c.Event(Ago(9), Ev.InitialChildProtectionConference, Grace, "Initial child protection conference: Mason and Ruby made subject to Child Protection plans under the category of emotional abuse.", kayleigh, liam, mason, ruby);
        c.Event(Ago(8, 20), Ev.CoreGroupMeeting, Grace, "First core group: the outline plan turned into actions with dates. Kayleigh and Liam attended separately; school, health visitor and Safe Haven present.", kayleigh, liam, mason, ruby);
        c.Event(Ago(6), Ev.ReviewChildProtectionConference, Grace, "Review child protection conference: the plans continue under emotional abuse. Liam has not yet engaged with Pathways; the chair asked for a legal planning meeting if nothing changes by the next core group.", kayleigh, liam, mason, ruby);
        c.Event(Ago(5, 12), Ev.School, Grace,
            "Designated safeguarding lead reported that Mason told his teacher \"Liam was shouting at Mum again and I hid in my room\". Mason was calm and went back to class. School will continue daily check-ins.",
            mason);
        c.Event(Ago(4, 2), Ev.PoliceCallOut, Grace, "Police called by Kayleigh at 21:15: Liam had returned to the home intoxicated in breach of the written agreement. He left when asked by officers. No injuries reported.", kayleigh, liam);
        c.Event(Ago(3, 14), Ev.LegalPlanningMeeting, Grace, "Legal planning meeting with the local authority solicitor and Joanne Price: threshold for proceedings met; agreed to start the Public Law Outline and send the letter before proceedings.", mason, ruby);
        c.Plo(Ago(3), mason, ruby);
        c.Allocate(Daniel, Role.SocialWorker, Ago(3));
        c.Event(Ago(3), Ev.PreProceedingsMeeting, Daniel, "Pre-proceedings meeting held with both parents and their solicitors. Letter before proceedings explained; the parents agreed to a parenting assessment and to Liam engaging with Pathways Recovery Service.", kayleigh, liam);
        c.Event(Ago(0, 9), Ev.VisitChildSeen, Grace, "Unannounced home visit. Mason and Ruby seen together and Mason seen alone in his bedroom; he said home has been \"quieter\". Home warm and tidy, food in the cupboards.", mason, ruby, kayleigh);
    }

    /// <summary>Polish family with an interpreter need; Child in Need plan, father's alcohol use; the demo social worker leads.</summary>
    private void Nowak()
    {
        var c = Open("Nowak family", Riverside, Tom, Ago(8));
        var agnieszka = c.Adult("Agnieszka Nowak", FamilyRole.Mother, Born(34, 2), Gender.Female, ethnicity: "White other (Polish)", language: "Polish", interpreter: true, nhs: true);
        var piotr = c.Adult("Piotr Nowak", FamilyRole.Father, Born(37, 5), Gender.Male, ethnicity: "White other (Polish)", language: "Polish");
        var zofia = c.Child("Zofia Nowak", Born(11, 1), Gender.Female, "Riverford Park Academy", "White other (Polish)", language: "Polish");
        var jakub = c.Child("Jakub Nowak", Born(7, 6), Gender.Male, "Brookfield Primary School", "White other (Polish)", language: "Polish");
        c.Parent(agnieszka, zofia, jakub);
        c.Parent(piotr, zofia, jakub);
        c.Partners(agnieszka, piotr);
        c.Siblings(null, zofia, jakub);

        c.Allocate(Grace, Role.SocialWorker, Ago(8));
        c.Worry(piotr, Worry.SubstanceMisuseAlcohol, Ago(8));
        c.Cin(Ago(7), zofia, jakub);
        c.Allocate(Craig, Role.SubstanceMisuse, Ago(7), piotr);
        c.Event(Ago(8, 4), Ev.School, Tom, "Brookfield Primary reported Jakub's attendance at 81% this term, with late arrivals on Mondays. Jakub said his dad \"sleeps a lot at weekends\".", jakub);
        c.Event(Ago(2, 15), Ev.VisitChildSeen, Tom, "Home visit with a Polish interpreter. Zofia and Jakub seen; Zofia showed her school project. Piotr has attended four sessions with Pathways and says he has not drunk for three weeks.", zofia, jakub, agnieszka, piotr);
    }

    /// <summary>Child Protection plan (physical abuse) after an A&amp;E attendance; psychology with both parents; mother's mental health ended.</summary>
    private void Hussain()
    {
        var c = Open("Hussain family", Riverside, Grace, Ago(6));
        var samina = c.Adult("Samina Hussain", FamilyRole.Mother, Born(31, 8), Gender.Female, ethnicity: "Pakistani", language: "Urdu", nhs: true);
        var tariq = c.Adult("Tariq Hussain", FamilyRole.Father, Born(35, 2), Gender.Male, ethnicity: "Pakistani", language: "English");
        var ayaan = c.Child("Ayaan Hussain", Born(9, 3), Gender.Male, "Riverford Primary School", "Pakistani");
        var maryam = c.Child("Maryam Hussain", Born(6, 10), Gender.Female, "Riverford Primary School", "Pakistani");
        var yusuf = c.Child("Yusuf Hussain", Born(2, 1), Gender.Male, null, "Pakistani");
        c.Parent(samina, ayaan, maryam, yusuf);
        c.Parent(tariq, ayaan, maryam, yusuf);
        c.Partners(samina, tariq);
        c.Siblings(null, ayaan, maryam, yusuf);

        c.Event(Ago(6, 2), Ev.AccidentAndEmergencyAttendance, Grace,
            "Yusuf taken to Riverford General A&E with a swollen right forearm; X-ray showed a spiral fracture. Parents' explanation (fell from the sofa) not thought consistent with the injury by the paediatrician. Strategy discussion held the same day.",
            yusuf, samina, tariq);
        c.Allocate(Leah, Role.SocialWorker, Ago(6));
        c.Worry(samina, Worry.MentalHealth, Ago(6));
        c.Event(Ago(6, 1), Ev.StrategyDiscussion, Grace, "Strategy discussion with police and the paediatrician: section 47 enquiries and a child protection medical for Yusuf agreed; Ayaan and Maryam to be seen at school the same day.", yusuf, ayaan, maryam);
        c.Cp(Ago(5), Category.Physical, ayaan, maryam, yusuf);
        c.Event(Ago(5), Ev.InitialChildProtectionConference, Grace, "Initial child protection conference: Ayaan, Maryam and Yusuf made subject to Child Protection plans under the category of physical abuse. Samina and Tariq attended with an advocate.", ayaan, maryam, yusuf, samina, tariq);
        c.Event(Ago(4, 18), Ev.CoreGroupMeeting, Leah, "Core group: safe care plan agreed with Samina and Tariq; the health visitor to visit fortnightly and the school to report any marks.", ayaan, maryam, yusuf, samina, tariq);
        c.Allocate(Miriam, Role.Psychologist, Ago(4), samina, tariq);
        c.Event(Ago(3, 5), Ev.Health, Grace, "Health visitor reports Yusuf's fracture has healed well and his development is on track. Samina attending her GP; she says her low mood has lifted.", yusuf, samina);
        c.EndWorry(samina, Worry.MentalHealth, Ago(2));
        c.Event(Ago(0, 20), Ev.VisitChildSeen, Leah, "Announced visit. All three children seen; Ayaan and Maryam seen alone and spoke about school and their cousins. No marks or bruising observed.", ayaan, maryam, yusuf);
    }

    /// <summary>A baby expected, on a pre-birth Child Protection plan; mother with a learning disability and a grandmother's support.</summary>
    private void BakerMills()
    {
        var c = Open("Baker / Mills family", Riverside, Tom, Ago(4));
        var chantelle = c.Adult("Chantelle Baker", FamilyRole.Mother, Born(19, 4), Gender.Female, ethnicity: WhiteBritish, language: English, nhs: true);
        var jordan = c.Adult("Jordan Mills", FamilyRole.Father, Born(22, 9), Gender.Male, ethnicity: "Mixed White and Black Caribbean", home: false);
        var denise = c.Adult("Denise Baker", FamilyRole.Grandparent, Born(47, 6), Gender.Female, home: false, ethnicity: WhiteBritish);
        var baby = c.Unborn("Unborn Baker", _today.AddDays(44));
        c.Parent(chantelle, baby);
        c.Parent(jordan, baby, parentalResponsibility: false);
        c.Parent(denise, chantelle, parentalResponsibility: false);
        c.Partners(chantelle, jordan);

        c.Allocate(Grace, Role.SocialWorker, Ago(4));
        c.Worry(chantelle, Worry.DomesticAbuseVictim, Ago(4));
        c.Worry(chantelle, Worry.LearningDisability, Ago(4));
        c.Worry(jordan, Worry.SubstanceMisuseDrugs, Ago(4));
        c.Worry(jordan, Worry.DomesticAbusePerpetrator, Ago(4));
        c.Allocate(Aisha, Role.DomesticAbuseVictimWorker, Ago(4), chantelle);
        c.Allocate(Ellie, Role.FamilyPractitioner, Ago(3));
        c.Allocate(Craig, Role.SubstanceMisuse, Ago(3), jordan);
        c.Event(Ago(4, 6), Ev.Health, Tom, "Community midwife referral at 16 weeks: Chantelle disclosed Jordan had taken her phone and stopped her seeing friends. She has a diagnosed mild learning disability and lives alone in a council flat.", chantelle);
        c.Event(Ago(2, 3), Ev.DomesticAbuseCallOut, Tom, "Police called to Chantelle's flat; Jordan had kicked the front door after an argument. He was arrested for criminal damage and released on bail with a condition not to attend the address.", chantelle, jordan);
        c.Event(Ago(2, 1), Ev.StrategyDiscussion, Tom, "Strategy discussion with police and the community midwife after the call-out: section 47 enquiries for the unborn baby agreed, and a pre-birth assessment.", baby, chantelle, jordan);
        c.Event(Ago(1, 25), Ev.Marac, Aisha, "Chantelle's case heard at MARAC: police to flag the flat, Safe Haven's IDVA to see her at the antenatal clinic, and the midwife to see her alone at every appointment.", chantelle);
        c.Cp(Ago(0, 23), Category.Multiple, baby);
        c.Event(Ago(0, 23), Ev.InitialChildProtectionConference, Tom, "Pre-birth initial child protection conference: the unborn baby made subject to a Child Protection plan (multiple categories). Denise Baker offered to stay with Chantelle for the first weeks after the birth.", chantelle, denise, baby);
    }

    /// <summary>Traveller of Irish heritage family on a Child in Need plan about school attendance; mother with a learning disability.</summary>
    private void WardMurphy()
    {
        var c = Open("Ward / Murphy family", Riverside, Kieran, Ago(7));
        const string Traveller = "Traveller of Irish heritage";
        var bridget = c.Adult("Bridget Ward", FamilyRole.Mother, Born(27, 11), Gender.Female, ethnicity: Traveller, language: English);
        var patrick = c.Adult("Patrick Murphy", FamilyRole.Father, Born(30, 4), Gender.Male, ethnicity: Traveller, language: English);
        var kathleen = c.Child("Kathleen Murphy", Born(10, 2), Gender.Female, "St Joseph's Catholic Primary School", Traveller, preferred: "Katie");
        var michael = c.Child("Michael Murphy", Born(8, 7), Gender.Male, "St Joseph's Catholic Primary School", Traveller);
        var johnny = c.Child("Johnny Murphy", Born(4, 1), Gender.Male, "St Joseph's Catholic Primary School", Traveller);
        c.Parent(bridget, kathleen, michael, johnny);
        c.Parent(patrick, kathleen, michael, johnny);
        c.Partners(bridget, patrick);
        c.Siblings(null, kathleen, michael, johnny);

        c.Allocate(Grace, Role.SocialWorker, Ago(7));
        c.Allocate(Ellie, Role.FamilyPractitioner, Ago(6));
        c.Worry(bridget, Worry.LearningDisability, Ago(6));
        c.Worry(patrick, Worry.SubstanceMisuseAlcohol, Ago(6), Ago(2));
        c.Cin(Ago(6), kathleen, michael, johnny);
        c.Event(Ago(6, 10), Ev.School, Kieran, "St Joseph's reported Katie's attendance at 62% and Michael's at 70% since September; the family had been on the roadside site without water for three weeks.", kathleen, michael);
        c.Event(Ago(1, 4), Ev.VisitChildSeen, Ellie, "Visit to the family's pitch on the Millfield site. All three children seen; Katie proud of her reading certificate. Bridget uses the visual school-day timetable made with her last month.", kathleen, michael, johnny, bridget);
    }

    /// <summary>A grandmother as kinship carer; CP plan stepped down to Child in Need; mother's mental health and drug use.</summary>
    private void Campbell()
    {
        var c = Open("Campbell family", Riverside, Grace, Ago(12));
        const string Caribbean = "Black Caribbean";
        var marcia = c.Adult("Marcia Campbell", FamilyRole.Grandparent, Born(61, 3), Gender.Female, ethnicity: Caribbean, language: English, nhs: true);
        var shanice = c.Adult("Shanice Campbell", FamilyRole.Mother, Born(33, 8), Gender.Female, home: false, ethnicity: Caribbean, language: English);
        var jaden = c.Child("Jaden Campbell", Born(13, 5), Gender.Male, "Riverford High School", Caribbean);
        var aaliyah = c.Child("Aaliyah Campbell", Born(9, 0), Gender.Female, "Riverford Primary School", Caribbean);
        c.Parent(marcia, shanice, parentalResponsibility: false);
        c.Parent(shanice, jaden, aaliyah);
        c.Other(marcia, jaden, "Kinship carer (child arrangements order) of", parentalResponsibility: true);
        c.Other(marcia, aaliyah, "Kinship carer (child arrangements order) of", parentalResponsibility: true);
        c.Siblings(null, jaden, aaliyah);

        c.Worry(shanice, Worry.MentalHealth, Ago(12));
        c.Worry(shanice, Worry.SubstanceMisuseDrugs, Ago(12));
        c.Cp(Ago(11), Category.Neglect, jaden, aaliyah);
        c.Allocate(Craig, Role.SubstanceMisuse, Ago(11), shanice);
        c.Event(Ago(11, 10), Ev.MentalHealthCrisisContact, Grace, "Shanice assessed by the crisis team at Riverford General after police found her distressed on the Hanley Road bridge. Admitted informally to the Willows unit. The children went to stay with Marcia.", shanice);
        c.Event(Ago(8), Ev.Court, Grace, "Child arrangements order made in the Family Court at Riverford: Jaden and Aaliyah to live with their grandmother Marcia Campbell.", marcia, jaden, aaliyah);
        c.End(LegalStatusKind.ChildProtectionPlan, Ago(4), EpisodeEndReason.SteppedDownToChildInNeed, jaden, aaliyah);
        c.Cin(Ago(4), jaden, aaliyah);
        c.Event(Ago(1, 8), Ev.School, Grace, "Riverford High reports Jaden's attendance at 96% this half-term and that he has joined the football team.", jaden);
        c.Event(Ago(0, 14), Ev.VisitChildSeen, Grace, "Home visit at Marcia's. Jaden and Aaliyah seen alone. Aaliyah said she talks to her mum on the phone every Sunday. Marcia tired but coping; respite through the Family Hub discussed.", jaden, aaliyah, marcia);
    }

    /// <summary>Romanian family with an interpreter need, new to the service; domestic abuse.</summary>
    private void Popescu()
    {
        var c = Open("Popescu family", Riverside, Tom, Ago(3));
        const string Romanian = "White other (Romanian)";
        var ioana = c.Adult("Ioana Popescu", FamilyRole.Mother, Born(28, 6), Gender.Female, ethnicity: Romanian, language: "Romanian", interpreter: true, nhs: true);
        var andrei = c.Adult("Andrei Popescu", FamilyRole.Father, Born(31, 1), Gender.Male, ethnicity: Romanian, language: "Romanian");
        var elena = c.Child("Elena Popescu", Born(6, 3), Gender.Female, "Brookfield Primary School", Romanian, language: "Romanian");
        var matei = c.Child("Matei Popescu", Born(3, 8), Gender.Male, "Brookfield Nursery", Romanian, language: "Romanian");
        c.Parent(ioana, elena, matei);
        c.Parent(andrei, elena, matei);
        c.Partners(ioana, andrei);
        c.Siblings(null, elena, matei);

        c.Allocate(Grace, Role.SocialWorker, Ago(3));
        c.Worry(ioana, Worry.DomesticAbuseVictim, Ago(3));
        c.Worry(andrei, Worry.DomesticAbusePerpetrator, Ago(3));
        c.Allocate(Aisha, Role.DomesticAbuseVictimWorker, Ago(3), ioana);
        c.Event(Ago(3, 4), Ev.DomesticAbuseCallOut, Tom, "Police attended after Elena rang 999 saying \"Dad is hurting Mum\". Ioana had bruising to her upper arm. Andrei arrested for assault; released under investigation. DASH graded medium.", ioana, andrei, elena, matei);
        c.Cin(Ago(2, 10), elena, matei);
        c.Event(Ago(0, 6), Ev.VisitChildSeen, Tom, "Home visit with a Romanian interpreter. Elena and Matei seen; Elena seen alone and drew her family, placing her dad \"far away\". Andrei is living with his brother.", elena, matei, ioana);
    }

    /// <summary>Bangladeshi family: CIN escalated to CP (emotional abuse); mother a victim of domestic abuse with mental health needs; father out of the home.</summary>
    private void BegumMiah()
    {
        var c = Open("Begum / Miah family", Riverside, Grace, Ago(13));
        const string Bangladeshi = "Bangladeshi";
        var rahima = c.Adult("Rahima Begum", FamilyRole.Mother, Born(36, 4), Gender.Female, ethnicity: Bangladeshi, language: "Bengali (Sylheti)", nhs: true);
        var abdul = c.Adult("Abdul Miah", FamilyRole.Father, Born(41, 9), Gender.Male, home: false, ethnicity: Bangladeshi, language: "Bengali (Sylheti)");
        var nusrat = c.Child("Nusrat Miah", Born(14, 2), Gender.Female, "Riverford High School", Bangladeshi);
        var sabbir = c.Child("Sabbir Miah", Born(11, 6), Gender.Male, "Riverford Park Academy", Bangladeshi);
        var tahmina = c.Child("Tahmina Miah", Born(5, 3), Gender.Female, "Riverford Primary School", Bangladeshi);
        c.Parent(rahima, nusrat, sabbir, tahmina);
        c.Parent(abdul, nusrat, sabbir, tahmina);
        c.ExPartners(rahima, abdul);
        c.Siblings(null, nusrat, sabbir, tahmina);

        c.Cin(Ago(12), nusrat, sabbir, tahmina);
        c.Worry(rahima, Worry.DomesticAbuseVictim, Ago(12));
        c.Worry(abdul, Worry.DomesticAbusePerpetrator, Ago(12));
        c.Worry(rahima, Worry.MentalHealth, Ago(10));
        c.Event(Ago(9, 12), Ev.DomesticAbuseCallOut, Grace, "Nusrat called police when her father threatened her mother with a kitchen knife. Abdul arrested and charged; bail conditions prevent contact with Rahima or the home.", rahima, abdul, nusrat, sabbir, tahmina);
        c.Allocate(Kieran, Role.SocialWorker, Ago(9));
        c.Allocate(Aisha, Role.DomesticAbuseVictimWorker, Ago(9), rahima);
        c.Cp(Ago(8), Category.Emotional, nusrat, sabbir, tahmina);
        c.Allocate(Miriam, Role.Psychologist, Ago(6), rahima);
        c.Event(Ago(4, 1), Ev.Court, Grace, "Non-molestation order granted to Rahima at Riverford Family Court for 12 months.", rahima, abdul);
        c.Event(Ago(1, 18), Ev.School, Kieran, "Riverford High: Nusrat's head of year reports she is anxious about her father's criminal trial and has been referred to the school counsellor.", nusrat);
    }

    /// <summary>Single mother's alcohol use; a teenager missing overnight; Child in Need plan.</summary>
    private void Thompson()
    {
        var c = Open("Thompson family", Riverside, Grace, Ago(9));
        var lisa = c.Adult("Lisa Thompson", FamilyRole.Mother, Born(42, 1), Gender.Female, ethnicity: WhiteBritish, language: English, nhs: true);
        var kyle = c.Child("Kyle Thompson", Born(15, 3), Gender.Male, "Riverford High School", WhiteBritish);
        var jasmine = c.Child("Jasmine Thompson", Born(12, 8), Gender.Female, "Riverford High School", WhiteBritish, preferred: "Jas");
        c.Parent(lisa, kyle, jasmine);
        c.Siblings(null, kyle, jasmine);

        c.Worry(lisa, Worry.SubstanceMisuseAlcohol, Ago(9));
        c.Cin(Ago(9), kyle, jasmine);
        c.Allocate(Ellie, Role.FamilyPractitioner, Ago(8));
        c.Allocate(Craig, Role.SubstanceMisuse, Ago(8), lisa);
        c.Event(Ago(6, 8), Ev.PoliceCallOut, Grace, "Kyle reported missing by Lisa at 01:00; found by police at 06:30 at a friend's address in Eastfield. Return home interview offered and completed by Ellie Morgan.", kyle, lisa);
        c.Event(Ago(3, 20), Ev.School, Grace, "Kyle given a three-day fixed-term exclusion for fighting. Reintegration meeting attended by Lisa and Ellie Morgan.", kyle, lisa);
        c.Event(Ago(0, 11), Ev.VisitChildSeen, Ellie, "After-school visit. Kyle and Jas seen. Lisa has completed the Pathways alcohol group and showed her attendance certificate.", kyle, jasmine, lisa);
    }

    /// <summary>Closed with no further action, reopened more than a year later: CIN escalated to CP; worries ended and identified again.</summary>
    private void Reid()
    {
        var c = Open("Reid family", Riverside, Owen, Ago(22));
        var danielle = c.Adult("Danielle Reid", FamilyRole.Mother, Born(26, 2), Gender.Female, ethnicity: WhiteBritish, language: English, nhs: true);
        var scott = c.Adult("Scott Fraser", FamilyRole.Father, Born(29, 10), Gender.Male, home: false, ethnicity: "White Scottish");
        var lily = c.Child("Lily-Mae Reid", Born(4, 5), Gender.Female, "Riverford Primary School", WhiteBritish);
        var alfie = c.Child("Alfie Reid", Born(2, 2), Gender.Male, null, WhiteBritish);
        c.Parent(danielle, lily, alfie);
        c.Parent(scott, lily, alfie);
        c.ExPartners(danielle, scott);
        c.Siblings(null, lily, alfie);

        c.Worry(danielle, Worry.DomesticAbuseVictim, Ago(22), Ago(19));
        c.Worry(scott, Worry.DomesticAbusePerpetrator, Ago(22), Ago(19));
        c.Event(Ago(22), Ev.PoliceCallOut, Owen, "Police attended a verbal argument between Danielle and Scott; no offences disclosed. Referral to children's social care for a child and family assessment.", danielle, scott, lily);
        c.Close(Ago(19), ClosureReason.NoFurtherAction, "Assessment completed: Scott had moved to Glasgow and Danielle was supported by her health visitor.");

        c.Reopen(Ago(5), Grace);
        c.Worry(danielle, Worry.DomesticAbuseVictim, Ago(5));
        c.Worry(scott, Worry.DomesticAbusePerpetrator, Ago(5));
        c.Allocate(Tom, Role.SocialWorker, Ago(5));
        c.Cin(Ago(5), lily, alfie);
        c.Allocate(Aisha, Role.DomesticAbuseVictimWorker, Ago(4), danielle);
        c.Event(Ago(5, 3), Ev.DomesticAbuseCallOut, Grace, "Scott returned to the area and forced entry to Danielle's flat at 02:00. Danielle had a cut to her lip. Scott arrested for assault and criminal damage; remanded in custody.", danielle, scott, lily, alfie);
        c.Cp(Ago(2), Category.Emotional, lily, alfie);
        c.Event(Ago(1, 2), Ev.VisitChildSeen, Tom, "Home visit. Lily-Mae seen alone; she said she is \"not scared now the door is fixed\". Alfie asleep and seen. Danielle attending the Freedom Programme.", lily, alfie, danielle);
    }

    /// <summary>Black African single mother with depression; recent Child in Need plan.</summary>
    private void Okonkwo()
    {
        var c = Open("Okonkwo family", Riverside, Grace, Ago(4));
        const string African = "Black African";
        var blessing = c.Adult("Blessing Okonkwo", FamilyRole.Mother, Born(38, 6), Gender.Female, ethnicity: African, language: English, nhs: true);
        var chidi = c.Child("Chidi Okonkwo", Born(16, 1), Gender.Male, "Northshire College", African);
        var adaeze = c.Child("Adaeze Okonkwo", Born(12, 9), Gender.Female, "Riverford Park Academy", African, preferred: "Daisy");
        var tobi = c.Child("Tobi Okonkwo", Born(7, 4), Gender.Male, "Brookfield Primary School", African);
        c.Parent(blessing, chidi, adaeze, tobi);
        c.Siblings(null, chidi, adaeze, tobi);

        c.Worry(blessing, Worry.MentalHealth, Ago(4));
        c.Cin(Ago(4), chidi, adaeze, tobi);
        c.Event(Ago(4, 5), Ev.School, Grace, "Brookfield Primary raised concern that Tobi had come to school hungry and in the same clothes for a week. Chidi had been doing the family's shopping; Blessing has not left the flat for a month.", tobi, chidi);
        c.Event(Ago(0, 26), Ev.Health, Grace, "Blessing seen by her GP and started on medication; referred to talking therapies. Food bank vouchers and a housing repairs request made.", blessing);
    }

    /// <summary>CP plan, then pre-proceedings, then care proceedings: the baby is looked after in foster care.</summary>
    private void GreenLowe()
    {
        var c = Open("Green / Lowe family", Riverside, Grace, Ago(13));
        var sarah = c.Adult("Sarah Green", FamilyRole.Mother, Born(24, 7), Gender.Female, ethnicity: WhiteBritish, language: English, nhs: true);
        var ashley = c.Adult("Ashley Lowe", FamilyRole.Father, Born(26, 3), Gender.Male, home: false, ethnicity: WhiteBritish);
        var harley = c.Child("Harley Green", Born(1, 4), Gender.Male, null, WhiteBritish);
        c.Parent(sarah, harley);
        c.Parent(ashley, harley);
        c.ExPartners(sarah, ashley);

        c.Worry(sarah, Worry.SubstanceMisuseDrugs, Ago(13));
        c.Worry(ashley, Worry.SubstanceMisuseDrugs, Ago(13));
        c.Cp(Ago(12), Category.Neglect, harley);
        c.Allocate(Craig, Role.SubstanceMisuse, Ago(12), sarah);
        c.Event(Ago(9, 14), Ev.Health, Grace, "Health visitor found Harley with severe nappy rash and weight dropped from the 25th to the 9th centile. Sarah said she had run out of formula.", harley, sarah);
        c.Plo(Ago(7), harley);
        c.Allocate(Daniel, Role.SocialWorker, Ago(7));
        c.Event(Ago(3, 4), Ev.AccidentAndEmergencyAttendance, Grace, "Harley brought to A&E by ambulance after Sarah was found unresponsive at home; Harley unharmed but unfed for some hours. Police protection used; Harley placed with foster carers.", harley, sarah);
        c.End(LegalStatusKind.PreProceedings, Ago(3), EpisodeEndReason.CareProceedingsIssued, harley);
        c.Start(LegalStatusKind.CareProceedings, Ago(3), harley);
        c.Start(LegalStatusKind.LookedAfter, Ago(3), harley);
        c.End(LegalStatusKind.ChildProtectionPlan, Ago(3), EpisodeEndReason.Other, harley);
        c.Event(Ago(3), Ev.Court, Daniel, "Interim care order made at Riverford Family Court. Harley to remain with foster carers; contact with Sarah three times a week, supervised.", harley, sarah, ashley);
        c.Event(Ago(0, 16), Ev.Court, Daniel, "Case management hearing: parenting and hair-strand assessments of Sarah ordered; final hearing listed in four months.", sarah, ashley);
    }

    /// <summary>Father's mental health after a bereavement; a new Child in Need plan.</summary>
    private void Ahmed()
    {
        var c = Open("Ahmed family", Riverside, Grace, Ago(2));
        var farooq = c.Adult("Farooq Ahmed", FamilyRole.Father, Born(45, 2), Gender.Male, ethnicity: "Pakistani", language: "Urdu", nhs: true);
        var hamza = c.Child("Hamza Ahmed", Born(13, 7), Gender.Male, "Riverford High School", "Pakistani");
        var zainab = c.Child("Zainab Ahmed", Born(10, 11), Gender.Female, "Riverford Primary School", "Pakistani");
        c.Parent(farooq, hamza, zainab);
        c.Siblings(null, hamza, zainab);

        c.Worry(farooq, Worry.MentalHealth, Ago(2));
        c.Cin(Ago(2), hamza, zainab);
        c.Event(Ago(2, 6), Ev.MentalHealthCrisisContact, Grace, "Farooq contacted the crisis line six months after his wife's death, saying he could not go on. Home treatment team visiting daily; Farooq's sister staying with the family.", farooq);
        c.Event(Ago(0, 3), Ev.VisitChildSeen, Grace, "Home visit. Hamza and Zainab seen alone; both said their aunt is helping with meals and school runs. Farooq engaging with the home treatment team.", hamza, zainab, farooq);
    }

    /// <summary>Mixed-heritage family with a step-father: CIN escalated to CP (physical abuse).</summary>
    private void WilsonGrant()
    {
        var c = Open("Wilson / Grant family", Riverside, Grace, Ago(8));
        var jodie = c.Adult("Jodie Wilson", FamilyRole.Mother, Born(30, 5), Gender.Female, ethnicity: WhiteBritish, language: English, nhs: true);
        var dwayne = c.Adult("Dwayne Grant", FamilyRole.Father, Born(33, 2), Gender.Male, ethnicity: "Black Caribbean", language: English);
        var tyler = c.Child("Tyler Wilson", Born(10, 1), Gender.Male, "Brookfield Primary School", WhiteBritish);
        var amelia = c.Child("Amelia Grant", Born(3, 6), Gender.Female, "Little Acorns Nursery", "Mixed White and Black Caribbean");
        c.Parent(jodie, tyler, amelia);
        c.Parent(dwayne, amelia);
        c.Partners(jodie, dwayne);
        c.Other(dwayne, tyler, "Step-father of");
        c.Siblings("Half-siblings", tyler, amelia);

        c.Allocate(Ellie, Role.FamilyPractitioner, Ago(7));
        c.Cin(Ago(7), tyler, amelia);
        c.Worry(jodie, Worry.DomesticAbuseVictim, Ago(7));
        c.Worry(dwayne, Worry.DomesticAbusePerpetrator, Ago(7));
        c.Worry(dwayne, Worry.SubstanceMisuseDrugs, Ago(5));
        c.Event(Ago(4, 3), Ev.School, Grace, "Tyler arrived at school with a handprint-shaped bruise on his upper arm and said Dwayne grabbed him. Strategy discussion held; child protection medical the same day.", tyler);
        c.Cp(Ago(4), Category.Physical, tyler, amelia);
        c.Allocate(Tom, Role.SocialWorker, Ago(4));
        c.Event(Ago(0, 18), Ev.VisitChildSeen, Tom, "Visit after school. Tyler and Amelia seen; Tyler seen alone and said Dwayne has \"not grabbed me since\". Dwayne has started the Pathways drug service.", tyler, amelia, jodie, dwayne);
    }

    /// <summary>Polish mother's alcohol use ended; CP plan stepped down to Child in Need; a specialist allocation ended.</summary>
    private void Szymanska()
    {
        var c = Open("Szymańska family", Riverside, Kieran, Ago(11));
        const string Polish = "White other (Polish)";
        var katarzyna = c.Adult("Katarzyna Szymańska", FamilyRole.Mother, Born(35, 9), Gender.Female, ethnicity: Polish, language: "Polish", nhs: true);
        var filip = c.Child("Filip Szymański", Born(14, 4), Gender.Male, "Riverford High School", Polish, language: "Polish");
        var oliwia = c.Child("Oliwia Szymańska", Born(9, 8), Gender.Female, "Brookfield Primary School", Polish, language: "Polish");
        c.Parent(katarzyna, filip, oliwia);
        c.Siblings(null, filip, oliwia);

        c.Allocate(Grace, Role.SocialWorker, Ago(11));
        c.Worry(katarzyna, Worry.SubstanceMisuseAlcohol, Ago(11));
        c.Cp(Ago(10), Category.Neglect, filip, oliwia);
        var recovery = c.Allocate(Craig, Role.SubstanceMisuse, Ago(10), katarzyna);
        c.Event(Ago(10, 6), Ev.PoliceCallOut, Kieran, "Police welfare check after Filip rang his aunt: Katarzyna found intoxicated and asleep, no food in the house. Children stayed with their aunt overnight.", katarzyna, filip, oliwia);
        c.Worry(katarzyna, Worry.MentalHealth, Ago(8), Ago(3));
        c.EndWorry(katarzyna, Worry.SubstanceMisuseAlcohol, Ago(3));
        c.EndAllocation(recovery, Ago(3));
        c.End(LegalStatusKind.ChildProtectionPlan, Ago(2), EpisodeEndReason.SteppedDownToChildInNeed, filip, oliwia);
        c.Cin(Ago(2), filip, oliwia);
        c.Event(Ago(2), Ev.ReviewChildProtectionConference, Kieran, "Review child protection conference: plans ended and stepped down to Child in Need. Katarzyna has been abstinent for six months, confirmed by Pathways.", katarzyna, filip, oliwia);
    }

    /// <summary>Young parents, a new baby, mother with a learning disability; Child in Need plan.</summary>
    private void DaviesRoberts()
    {
        var c = Open("Davies / Roberts family", Riverside, Leah, Ago(4));
        var rebecca = c.Adult("Rebecca Davies", FamilyRole.Mother, Born(22, 3), Gender.Female, ethnicity: "White Welsh", language: English, nhs: true);
        var kane = c.Adult("Kane Roberts", FamilyRole.Father, Born(25, 1), Gender.Male, ethnicity: WhiteBritish, language: English);
        var isla = c.Child("Isla Roberts", Ago(5, 3), Gender.Female, null, WhiteBritish);
        c.Parent(rebecca, isla);
        c.Parent(kane, isla);
        c.Partners(rebecca, kane);

        c.Worry(rebecca, Worry.LearningDisability, Ago(4));
        c.Allocate(Ellie, Role.FamilyPractitioner, Ago(4));
        c.Cin(Ago(3), isla);
        c.Event(Ago(3, 12), Ev.Health, Leah, "Health visitor referral: Rebecca struggling to make up feeds safely; Isla's weight gain slow. Parents keen to accept help.", isla, rebecca);
        c.Event(Ago(0, 13), Ev.VisitChildSeen, Ellie, "Feeding routine session. Isla seen, alert and smiling; weight now on the 25th centile. Rebecca making up bottles using the picture guide.", isla, rebecca, kane);
    }

    /// <summary>Somali family with an interpreter need; domestic abuse worry and specialist allocation ended.</summary>
    private void Ali()
    {
        var c = Open("Ali family", Riverside, Owen, Ago(6));
        const string Somali = "Black African (Somali)";
        var hodan = c.Adult("Hodan Ali", FamilyRole.Mother, Born(33, 5), Gender.Female, ethnicity: Somali, language: "Somali", interpreter: true, nhs: true);
        var abdi = c.Child("Abdi Ali", Born(12, 2), Gender.Male, "Riverford Park Academy", Somali, language: "Somali");
        var ayan = c.Child("Ayan Ali", Born(8, 9), Gender.Female, "Brookfield Primary School", Somali, language: "Somali");
        var hamdi = c.Child("Hamdi Ali", Born(5, 1), Gender.Female, "Brookfield Primary School", Somali, language: "Somali");
        c.Parent(hodan, abdi, ayan, hamdi);
        c.Siblings(null, abdi, ayan, hamdi);

        c.Allocate(Grace, Role.SocialWorker, Ago(6));
        c.Worry(hodan, Worry.DomesticAbuseVictim, Ago(6), Ago(1));
        var da = c.Allocate(Aisha, Role.DomesticAbuseVictimWorker, Ago(6), hodan);
        c.Cin(Ago(5), abdi, ayan, hamdi);
        c.Event(Ago(6, 2), Ev.Other, Owen, "Family moved to a refuge in Riverford after leaving the children's father in another area. Place at Brookfield Primary arranged for Ayan and Hamdi.", hodan, abdi, ayan, hamdi);
        c.EndAllocation(da, Ago(1));
        c.Event(Ago(0, 7), Ev.VisitChildSeen, Owen, "Visit to the family's new housing association flat with a Somali interpreter. All three children seen; Abdi showed his room. Hodan completed the Safe Haven programme.", abdi, ayan, hamdi, hodan);
    }

    /// <summary>Closed: Child in Need plan stepped down to early help.</summary>
    private void Morris()
    {
        var c = Open("Morris family", Riverside, Tom, Ago(13));
        var claire = c.Adult("Claire Morris", FamilyRole.Mother, Born(37, 2), Gender.Female, ethnicity: WhiteBritish, language: English);
        var ethan = c.Child("Ethan Morris", Born(11, 4), Gender.Male, "Riverford Park Academy", WhiteBritish);
        c.Parent(claire, ethan);
        c.Worry(claire, Worry.MentalHealth, Ago(13), Ago(3));
        c.Cin(Ago(12), ethan);
        c.Event(Ago(12, 9), Ev.School, Tom, "School reported Ethan caring for his mother during a period of severe depression and missing school. Young carers referral made.", ethan);
        c.End(LegalStatusKind.ChildInNeedPlan, Ago(2), EpisodeEndReason.SteppedDownToEarlyHelp, ethan);
        c.Close(Ago(2), ClosureReason.SteppedDownToEarlyHelp, "The Riverford Family Hub will continue support; Ethan attends the young carers group.");
    }

    /// <summary>Closed for another reason: a disabled child's plan passed to the Disabled Children's Team.</summary>
    private void Fletcher()
    {
        var c = Open("Fletcher family", Riverside, Kieran, Ago(12));
        var mark = c.Adult("Mark Fletcher", FamilyRole.Father, Born(44, 7), Gender.Male, ethnicity: WhiteBritish, language: English);
        var joanne = c.Adult("Joanne Fletcher", FamilyRole.Mother, Born(42, 1), Gender.Female, ethnicity: WhiteBritish, language: English);
        var noah = c.Child("Noah Fletcher", Born(9, 5), Gender.Male, "Oakfield Special School", WhiteBritish);
        c.Parent(mark, noah);
        c.Parent(joanne, noah);
        c.Partners(mark, joanne);
        c.Cin(Ago(11), noah);
        c.Event(Ago(11, 20), Ev.School, Kieran, "Oakfield Special School concerned about the parents' exhaustion; Noah (autism, non-verbal) wakes most nights. Carers' assessment requested.", noah);
        c.End(LegalStatusKind.ChildInNeedPlan, Ago(6), EpisodeEndReason.TransferredToAnotherTeam, noah);
        c.Close(Ago(6), ClosureReason.Other, "Transferred to the Disabled Children's Team, who now lead Noah's Child in Need plan and short breaks.");
    }

    /// <summary>Closed with no further action after assessment.</summary>
    private void Harrison()
    {
        var c = Open("Harrison family", Riverside, Owen, Ago(3));
        var paul = c.Adult("Paul Harrison", FamilyRole.Father, Born(39, 3), Gender.Male, ethnicity: WhiteBritish, language: English);
        var evie = c.Child("Evie Harrison", Born(7, 2), Gender.Female, "Brookfield Primary School", WhiteBritish);
        c.Parent(paul, evie);
        c.Event(Ago(3), Ev.School, Owen, "School referral: Evie said her dad \"smacked\" her. Seen at school; no marks. Paul said he tapped her hand when she reached for the cooker.", evie, paul);
        c.Close(Ago(1, 10), ClosureReason.NoFurtherAction, "Child and family assessment completed: no further action; parenting advice given and the school will monitor.");
    }

    // ----- Millbrook -------------------------------------------------------------------------------------------------

    /// <summary>CP plan with pre-proceedings alongside; mother a domestic abuse victim using drugs.</summary>
    private void EvansKhan()
    {
        var c = Open("Evans / Khan family", Millbrook, Chloe, Ago(7));
        var gemma = c.Adult("Gemma Evans", FamilyRole.Mother, Born(29, 1), Gender.Female, ethnicity: WhiteBritish, language: English, nhs: true);
        var asif = c.Adult("Asif Khan", FamilyRole.Father, Born(31, 4), Gender.Male, ethnicity: "Pakistani", language: English);
        var logan = c.Child("Logan Evans", Born(9, 3), Gender.Male, "Millbrook Church of England Primary School", WhiteBritish);
        var sofia = c.Child("Sofia Khan", Born(2, 5), Gender.Female, null, "Mixed White and Asian");
        c.Parent(gemma, logan, sofia);
        c.Parent(asif, sofia);
        c.Partners(gemma, asif);
        c.Other(asif, logan, "Step-father of");
        c.Siblings("Half-siblings", logan, sofia);

        c.Worry(gemma, Worry.DomesticAbuseVictim, Ago(7));
        c.Worry(gemma, Worry.SubstanceMisuseDrugs, Ago(7));
        c.Worry(asif, Worry.DomesticAbusePerpetrator, Ago(7));
        c.Cp(Ago(6), Category.Multiple, logan, sofia);
        c.Allocate(Aisha, Role.DomesticAbuseVictimWorker, Ago(6), gemma);
        c.Allocate(Craig, Role.SubstanceMisuse, Ago(6), gemma);
        c.Allocate(Ben, Role.FamilyPractitioner, Ago(5));
        c.Event(Ago(4, 16), Ev.DomesticAbuseCallOut, Chloe, "Logan ran to a neighbour's after Asif hit Gemma. Police attended; Gemma declined to support a prosecution. Logan said he was frightened.", gemma, asif, logan);
        c.Plo(Ago(2), logan, sofia);
        c.Allocate(Simon, Role.SocialWorker, Ago(2));
        c.Event(Ago(2), Ev.PreProceedingsMeeting, Simon, "Pre-proceedings meeting: Gemma agreed to residential detox and to Asif leaving the home. Written agreement signed.", gemma, asif);
    }

    /// <summary>Polish family on a Child in Need plan; father's alcohol use.</summary>
    private void Lewandowski()
    {
        var c = Open("Lewandowski family", Millbrook, Imran, Ago(5));
        const string Polish = "White other (Polish)";
        var marek = c.Adult("Marek Lewandowski", FamilyRole.Father, Born(40, 8), Gender.Male, ethnicity: Polish, language: "Polish");
        var ewa = c.Adult("Ewa Lewandowska", FamilyRole.Mother, Born(38, 2), Gender.Female, ethnicity: Polish, language: "Polish", nhs: true);
        var kacper = c.Child("Kacper Lewandowski", Born(6, 4), Gender.Male, "Millbrook Church of England Primary School", Polish, language: "Polish");
        c.Parent(marek, kacper);
        c.Parent(ewa, kacper);
        c.Partners(marek, ewa);
        c.Worry(marek, Worry.SubstanceMisuseAlcohol, Ago(5));
        c.Cin(Ago(4), kacper);
        c.Allocate(Craig, Role.SubstanceMisuse, Ago(4), marek);
        c.Event(Ago(5, 2), Ev.PoliceCallOut, Imran, "Marek arrested for drink-driving with Kacper in the car. Kacper unhurt and collected by Ewa from the police station.", marek, kacper);
    }

    /// <summary>Romanian single mother, three children: CIN escalated to CP (neglect).</summary>
    private void Dumitru()
    {
        var c = Open("Dumitru family", Millbrook, Hannah, Ago(7));
        const string Romanian = "White other (Romanian)";
        var maria = c.Adult("Maria Dumitru", FamilyRole.Mother, Born(25, 6), Gender.Female, ethnicity: Romanian, language: "Romanian", nhs: true);
        var alex = c.Child("Alexandru Dumitru", Born(7, 2), Gender.Male, "Millbrook Church of England Primary School", Romanian, language: "Romanian", preferred: "Alex");
        var bianca = c.Child("Bianca Dumitru", Born(4, 10), Gender.Female, "Millbrook Church of England Primary School", Romanian, language: "Romanian");
        var ana = c.Child("Ana Dumitru", Ago(8), Gender.Female, null, Romanian);
        c.Parent(maria, alex, bianca, ana);
        c.Siblings(null, alex, bianca, ana);
        c.Worry(maria, Worry.MentalHealth, Ago(5));
        c.Cin(Ago(6), alex, bianca, ana);
        c.Allocate(Ben, Role.FamilyPractitioner, Ago(6));
        c.Event(Ago(3, 7), Ev.Health, Hannah, "Health visitor found the flat cold with damp in the children's room and Ana with a chest infection; Maria tearful and not sleeping.", ana, maria);
        c.Cp(Ago(3), Category.Neglect, alex, bianca, ana);
        c.Event(Ago(0, 21), Ev.VisitChildSeen, Ben, "Visit. All three children seen; new beds delivered and heating repaired. Alex seen alone and said he likes his new teacher.", alex, bianca, ana);
    }

    /// <summary>Bangladeshi family with twins; domestic abuse; new Child in Need plan.</summary>
    private void Chowdhury()
    {
        var c = Open("Chowdhury family", Millbrook, Megan, Ago(2));
        const string Bangladeshi = "Bangladeshi";
        var shirin = c.Adult("Shirin Chowdhury", FamilyRole.Mother, Born(30, 3), Gender.Female, ethnicity: Bangladeshi, language: "Bengali", nhs: true);
        var kamal = c.Adult("Kamal Chowdhury", FamilyRole.Father, Born(34, 7), Gender.Male, ethnicity: Bangladeshi, language: "Bengali");
        var rafi = c.Child("Rafi Chowdhury", Born(4, 2), Gender.Male, "Millbrook Nursery School", Bangladeshi);
        var mitu = c.Child("Mitu Chowdhury", Born(4, 2), Gender.Female, "Millbrook Nursery School", Bangladeshi);
        c.Parent(shirin, rafi, mitu);
        c.Parent(kamal, rafi, mitu);
        c.Partners(shirin, kamal);
        c.Siblings("Twins", rafi, mitu);
        c.Worry(shirin, Worry.DomesticAbuseVictim, Ago(2));
        c.Worry(kamal, Worry.DomesticAbusePerpetrator, Ago(2));
        c.Cin(Ago(2), rafi, mitu);
        c.Allocate(Aisha, Role.DomesticAbuseVictimWorker, Ago(1, 15), shirin);
        c.Event(Ago(2, 3), Ev.Health, Megan, "GP referral: Shirin disclosed that Kamal controls the family's money and does not let her see her sister. No physical violence disclosed.", shirin);
    }

    /// <summary>Irish mother's alcohol use and mental health: CIN escalated to CP (neglect); a grandmother outside the home.</summary>
    private void OBrien()
    {
        var c = Open("O'Brien family", Millbrook, Chloe, Ago(12));
        const string Irish = "White Irish";
        var siobhan = c.Adult("Siobhan O'Brien", FamilyRole.Mother, Born(44, 5), Gender.Female, ethnicity: Irish, language: English, nhs: true);
        var maureen = c.Adult("Maureen O'Brien", FamilyRole.Grandparent, Born(70, 2), Gender.Female, home: false, ethnicity: Irish);
        var sean = c.Child("Sean O'Brien", Born(15, 9), Gender.Male, "Millbrook Academy", Irish);
        var niamh = c.Child("Niamh O'Brien", Born(12, 1), Gender.Female, "Millbrook Academy", Irish);
        c.Parent(maureen, siobhan, parentalResponsibility: false);
        c.Parent(siobhan, sean, niamh);
        c.Siblings(null, sean, niamh);
        c.Worry(siobhan, Worry.SubstanceMisuseAlcohol, Ago(12));
        c.Cin(Ago(11), sean, niamh);
        c.Allocate(Craig, Role.SubstanceMisuse, Ago(10), siobhan);
        c.Worry(siobhan, Worry.MentalHealth, Ago(8));
        c.Event(Ago(7, 5), Ev.AccidentAndEmergencyAttendance, Chloe, "Siobhan taken to A&E after a fall while intoxicated; Sean (15) called the ambulance and looked after Niamh overnight.", siobhan, sean, niamh);
        c.Cp(Ago(7), Category.Neglect, sean, niamh);
        c.Allocate(Ben, Role.FamilyPractitioner, Ago(7));
        c.Event(Ago(1, 3), Ev.VisitChildSeen, Chloe, "Visit. Sean and Niamh seen separately. Niamh stays with her grandmother Maureen on Thursday nights, which she enjoys.", sean, niamh, maureen);
    }

    /// <summary>Closed: the family moved out of the area.</summary>
    private void Barnes()
    {
        var c = Open("Barnes family", Millbrook, Imran, Ago(10));
        var tanya = c.Adult("Tanya Barnes", FamilyRole.Mother, Born(32, 4), Gender.Female, ethnicity: WhiteBritish, language: English);
        var riley = c.Child("Riley Barnes", Born(8, 2), Gender.Male, "Millbrook Church of England Primary School", WhiteBritish);
        var skye = c.Child("Skye Barnes", Born(6, 7), Gender.Female, "Millbrook Church of England Primary School", WhiteBritish);
        c.Parent(tanya, riley, skye);
        c.Siblings(null, riley, skye);
        c.Worry(tanya, Worry.SubstanceMisuseDrugs, Ago(10));
        c.Cin(Ago(9), riley, skye);
        c.End(LegalStatusKind.ChildInNeedPlan, Ago(3), EpisodeEndReason.MovedOutOfArea, riley, skye);
        c.EndWorry(tanya, Worry.SubstanceMisuseDrugs, Ago(3));
        c.Close(Ago(3), ClosureReason.MovedOutOfArea, "Family moved to another local authority; the case summary and Child in Need plan were sent to the receiving council.");
    }

    // ----- Hillside --------------------------------------------------------------------------------------------------

    /// <summary>CP plan (emotional abuse) after domestic abuse; probation works with the father, mental health with the mother.</summary>
    private void JohnsonBailey()
    {
        var c = Open("Johnson / Bailey family", Hillside, Jamal, Ago(6));
        const string Caribbean = "Black Caribbean";
        var keisha = c.Adult("Keisha Johnson", FamilyRole.Mother, Born(27, 2), Gender.Female, ethnicity: Caribbean, language: English, nhs: true);
        var jermaine = c.Adult("Jermaine Bailey", FamilyRole.Father, Born(30, 6), Gender.Male, home: false, ethnicity: Caribbean, language: English);
        var malachi = c.Child("Malachi Bailey", Born(6, 1), Gender.Male, "Hillside Community Primary School", Caribbean);
        var nia = c.Child("Nia Bailey", Born(3, 4), Gender.Female, "Hillside Children's Centre Nursery", Caribbean);
        c.Parent(keisha, malachi, nia);
        c.Parent(jermaine, malachi, nia);
        c.ExPartners(keisha, jermaine);
        c.Siblings(null, malachi, nia);
        c.Worry(keisha, Worry.DomesticAbuseVictim, Ago(6));
        c.Worry(keisha, Worry.MentalHealth, Ago(6));
        c.Worry(jermaine, Worry.DomesticAbusePerpetrator, Ago(6));
        c.Event(Ago(6, 1), Ev.DomesticAbuseCallOut, Jamal, "Police attended after Jermaine strangled Keisha during an argument in front of Malachi. Jermaine charged; now on licence supervised by probation.", keisha, jermaine, malachi, nia);
        c.Cp(Ago(5), Category.Emotional, malachi, nia);
        c.Allocate(Neil, Role.DomesticAbusePerpetratorWorker, Ago(5), jermaine);
        c.Allocate(Emma, Role.MentalHealth, Ago(5), keisha);
        c.Allocate(Fiona, Role.FamilyPractitioner, Ago(4));
        c.Event(Ago(0, 10), Ev.VisitChildSeen, Jamal, "Home visit. Malachi and Nia seen; Malachi seen alone and said he sees his dad at the contact centre. Keisha reports fewer panic attacks.", malachi, nia, keisha);
    }

    /// <summary>Mother's mental health crisis; Child in Need plan.</summary>
    private void Mitchell()
    {
        var c = Open("Mitchell family", Hillside, Lucy, Ago(9));
        var stacey = c.Adult("Stacey Mitchell", FamilyRole.Mother, Born(35, 8), Gender.Female, ethnicity: WhiteBritish, language: English, nhs: true);
        var jack = c.Child("Jack Mitchell", Born(11, 3), Gender.Male, "Hillside Community Primary School", WhiteBritish);
        var poppy = c.Child("Poppy Mitchell", Born(8, 6), Gender.Female, "Hillside Community Primary School", WhiteBritish);
        var gary = c.Adult("Gary Mitchell", FamilyRole.StepParent, Born(41, 2), Gender.Male, ethnicity: WhiteBritish, language: English);
        c.Parent(stacey, jack, poppy);
        c.Partners(stacey, gary);
        c.Other(gary, jack, "Step-father of");
        c.Other(gary, poppy, "Step-father of");
        c.Siblings(null, jack, poppy);
        c.Worry(stacey, Worry.MentalHealth, Ago(9));
        c.Cin(Ago(8), jack, poppy);
        c.Allocate(Emma, Role.MentalHealth, Ago(8), stacey);
        c.Allocate(Fiona, Role.FamilyPractitioner, Ago(6));
        c.Event(Ago(9, 2), Ev.MentalHealthCrisisContact, Lucy, "Stacey took an overdose while Gary was working away; Jack found her and called 999. Stacey admitted to hospital for two nights. Gary came home to care for the children.", stacey, jack);
        c.Event(Ago(2, 9), Ev.School, Lucy, "Hillside Primary: Jack's teacher reports he is more settled and attending the worry group.", jack);
    }

    /// <summary>Punjabi-speaking family: CIN escalated to CP (emotional abuse); father's alcohol use ended.</summary>
    private void KaurSingh()
    {
        var c = Open("Kaur / Singh family", Hillside, Ryan, Ago(10));
        const string Indian = "Indian";
        var harpreet = c.Adult("Harpreet Kaur", FamilyRole.Mother, Born(32, 3), Gender.Female, ethnicity: Indian, language: "Punjabi", nhs: true);
        var gurpreet = c.Adult("Gurpreet Singh", FamilyRole.Father, Born(36, 9), Gender.Male, ethnicity: Indian, language: "Punjabi");
        var simran = c.Child("Simran Kaur", Born(10, 5), Gender.Female, "Hillside Community Primary School", Indian);
        var arjun = c.Child("Arjun Singh", Born(7, 1), Gender.Male, "Hillside Community Primary School", Indian);
        c.Parent(harpreet, simran, arjun);
        c.Parent(gurpreet, simran, arjun);
        c.Partners(harpreet, gurpreet);
        c.Siblings(null, simran, arjun);
        c.Worry(harpreet, Worry.DomesticAbuseVictim, Ago(10));
        c.Worry(gurpreet, Worry.DomesticAbusePerpetrator, Ago(10));
        c.Worry(gurpreet, Worry.SubstanceMisuseAlcohol, Ago(10), Ago(1));
        c.Cin(Ago(9), simran, arjun);
        c.Event(Ago(6, 5), Ev.DomesticAbuseCallOut, Ryan, "Simran called police saying her father was breaking things. Gurpreet intoxicated; removed from the home for the night. No injuries.", harpreet, gurpreet, simran, arjun);
        c.Cp(Ago(6), Category.Emotional, simran, arjun);
        c.Allocate(Neil, Role.DomesticAbusePerpetratorWorker, Ago(5), gurpreet);
        c.Event(Ago(0, 4), Ev.VisitChildSeen, Ryan, "Visit. Simran and Arjun seen alone. Gurpreet has completed twelve sessions of the perpetrator programme and reports not drinking since the summer.", simran, arjun, gurpreet);
    }

    /// <summary>Closed on transfer to the children-in-care team: CP plan, pre-proceedings, care proceedings, looked after, final care order.</summary>
    private void Taylor()
    {
        var c = Open("Taylor family", Hillside, Zara, Ago(15));
        var donna = c.Adult("Donna Taylor", FamilyRole.Mother, Born(38, 4), Gender.Female, ethnicity: WhiteBritish, language: English, nhs: true);
        var kai = c.Child("Kai Taylor", Born(14, 7), Gender.Male, "Hillside Academy", WhiteBritish);
        c.Parent(donna, kai);
        c.Worry(donna, Worry.SubstanceMisuseDrugs, Ago(15));
        c.Worry(donna, Worry.MentalHealth, Ago(14));
        c.Cp(Ago(14), Category.Neglect, kai);
        var fp = c.Allocate(Fiona, Role.FamilyPractitioner, Ago(13));
        c.Allocate(Emma, Role.MentalHealth, Ago(12), donna);
        c.Plo(Ago(10), kai);
        c.Allocate(Natalie, Role.SocialWorker, Ago(10));
        c.Event(Ago(7, 3), Ev.PoliceCallOut, Zara, "Police found Kai alone at home for the third night; Donna in custody. Kai accommodated in an emergency foster placement.", kai, donna);
        c.End(LegalStatusKind.PreProceedings, Ago(7), EpisodeEndReason.CareProceedingsIssued, kai);
        c.Start(LegalStatusKind.CareProceedings, Ago(7), kai);
        c.Start(LegalStatusKind.LookedAfter, Ago(7), kai);
        c.End(LegalStatusKind.ChildProtectionPlan, Ago(7), EpisodeEndReason.Other, kai);
        c.EndAllocation(fp, Ago(7));
        c.End(LegalStatusKind.CareProceedings, Ago(1), EpisodeEndReason.ProceedingsConcluded, kai);
        c.Event(Ago(1), Ev.Court, Natalie, "Final hearing: care order made. Kai to remain with his foster carers long term; monthly contact with Donna.", kai, donna);
        c.Close(Ago(0, 12), ClosureReason.TransferredToChildrenInCareTeam, "Care order made; Kai's case transferred to the Children in Care Team.");
    }

    // ----- Eastgate --------------------------------------------------------------------------------------------------

    /// <summary>CIN escalated to CP; an ex-partner with probation and a new partner in the home.</summary>
    private void HallBrennan()
    {
        var c = Open("Hall / Brennan family", Eastgate, Bethany, Ago(7));
        var amy = c.Adult("Amy Hall", FamilyRole.Mother, Born(23, 10), Gender.Female, ethnicity: WhiteBritish, language: English, nhs: true);
        var callum = c.Adult("Callum Brennan", FamilyRole.Father, Born(27, 2), Gender.Male, home: false, ethnicity: "White Irish");
        var josh = c.Adult("Josh Turner", FamilyRole.Partner, Born(25, 5), Gender.Male, ethnicity: WhiteBritish);
        var freya = c.Child("Freya Brennan", Born(5, 7), Gender.Female, "Eastgate Church of England Primary School", WhiteBritish);
        var oscar = c.Child("Oscar Brennan", Born(1, 3), Gender.Male, null, WhiteBritish);
        c.Parent(amy, freya, oscar);
        c.Parent(callum, freya, oscar);
        c.ExPartners(amy, callum);
        c.Partners(amy, josh);
        c.Siblings(null, freya, oscar);
        c.Worry(amy, Worry.DomesticAbuseVictim, Ago(7));
        c.Worry(callum, Worry.DomesticAbusePerpetrator, Ago(7));
        c.Cin(Ago(6), freya, oscar);
        c.Event(Ago(3, 8), Ev.DomesticAbuseCallOut, Bethany, "Callum attended Amy's home in breach of a restraining order and threatened Josh. Police arrested Callum. Freya witnessed the incident.", amy, callum, josh, freya);
        c.Cp(Ago(3), Category.Emotional, freya, oscar);
        c.Allocate(Neil, Role.DomesticAbusePerpetratorWorker, Ago(3), callum);
        c.Allocate(Adam, Role.SocialWorker, Ago(3));
        c.Event(Ago(0, 15), Ev.VisitChildSeen, Bethany, "Home visit. Freya and Oscar seen; Freya seen alone and said Josh reads her bedtime stories. Safety plan reviewed with Amy.", freya, oscar, amy);
    }

    /// <summary>Ghanaian single mother's mental health; Child in Need plan.</summary>
    private void Mensah()
    {
        var c = Open("Mensah family", Eastgate, Samuel, Ago(5));
        const string Ghanaian = "Black African (Ghanaian)";
        var ama = c.Adult("Ama Mensah", FamilyRole.Mother, Born(40, 1), Gender.Female, ethnicity: Ghanaian, language: "Twi", nhs: true);
        var kwame = c.Child("Kwame Mensah", Born(13, 4), Gender.Male, "Eastgate Academy", Ghanaian);
        var efua = c.Child("Efua Mensah", Born(9, 8), Gender.Female, "Eastgate Church of England Primary School", Ghanaian);
        c.Parent(ama, kwame, efua);
        c.Siblings(null, kwame, efua);
        c.Worry(ama, Worry.MentalHealth, Ago(5));
        c.Cin(Ago(5), kwame, efua);
        c.Allocate(Emma, Role.MentalHealth, Ago(4), ama);
        c.Event(Ago(5, 4), Ev.MentalHealthCrisisContact, Samuel, "Ama detained under section 2 of the Mental Health Act after neighbours reported her shouting in the street at night. Kwame and Efua stayed with a family friend from church.", ama, kwame, efua);
        c.Event(Ago(1, 6), Ev.VisitChildSeen, Samuel, "Ama home from hospital for six weeks. Kwame and Efua seen at home; Kwame said things are \"back to normal\".", kwame, efua, ama);
    }

    /// <summary>Closed: CIN escalated to CP, then the CP plan stepped down to early help and the case closed.</summary>
    private void Cooper()
    {
        var c = Open("Cooper family", Eastgate, Samuel, Ago(14));
        var nicola = c.Adult("Nicola Cooper", FamilyRole.Mother, Born(31, 6), Gender.Female, ethnicity: WhiteBritish, language: English);
        var lewis = c.Child("Lewis Cooper", Born(6, 2), Gender.Male, "Eastgate Church of England Primary School", WhiteBritish);
        c.Parent(nicola, lewis);
        c.Worry(nicola, Worry.SubstanceMisuseDrugs, Ago(13), Ago(2));
        c.Cin(Ago(13), lewis);
        c.Cp(Ago(10), Category.Neglect, lewis);
        c.Event(Ago(10, 5), Ev.School, Samuel, "Lewis arrived at school without breakfast for the fifth time this month and with head lice untreated for weeks.", lewis);
        c.End(LegalStatusKind.ChildProtectionPlan, Ago(1), EpisodeEndReason.SteppedDownToEarlyHelp, lewis);
        c.Close(Ago(1), ClosureReason.SteppedDownToEarlyHelp, "Plan ended at review conference; Eastgate Family Hub to support Nicola's recovery.");
    }

    // ----- Building blocks -------------------------------------------------------------------------------------------

    private DateOnly Ago(int months, int days = 0) => _today.AddMonths(-months).AddDays(-days);

    private DateOnly Born(int years, int months) => _today.AddYears(-years).AddMonths(-months).AddDays(-(((years * 7) + months) % 28));

    private Worker WorkerNamed(string name) =>
        _workers.TryGetValue(name, out var worker) ? worker : throw new InvalidOperationException($"The demo worker {name} is missing.");

    private Case Open(string name, string team, string lead, DateOnly openedOn)
    {
        var family = Family.Open(Family.FormatReference(++_references), name, _teams[team], openedOn, WorkerNamed(lead), _today);
        _db.Families.Add(family);
        return new Case(this, family);
    }

    /// <summary>The next demo NHS number: 999 (the range the NHS keeps for test data), six digits from a fixed sequence, and the Modulus 11 check digit.</summary>
    private string NextNhsNumber()
    {
        while (true)
        {
            _nhsSequence++;
            var body = "999" + (((_nhsSequence * 7_919L) + 104_729L) % 1_000_000L).ToString("D6", CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 9; i++)
            {
                sum += (body[i] - '0') * (10 - i);
            }

            var check = 11 - (sum % 11);
            if (check == 11)
            {
                check = 0;
            }

            if (check != 10)
            {
                return body + check.ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    /// <summary>One family being built, in the words a worker would use.</summary>
    private sealed class Case(DemoFamilies demo, Family family)
    {
        private DateOnly Today => demo._today;

        public FamilyMember Child(string name, DateOnly born, Gender gender, string? school, string? ethnicity, string? language = "English", string? preferred = null) =>
            family.AddMember(
                new MemberDetails
                {
                    FullName = name,
                    PreferredName = preferred,
                    DateOfBirth = born,
                    Gender = gender,
                    Ethnicity = ethnicity,
                    FirstLanguage = language,
                    NhsNumber = demo.NextNhsNumber(),
                    School = school,
                    LivesInHousehold = true,
                    Role = FamilyRole.Child,
                },
                Today);

        public FamilyMember Unborn(string name, DateOnly due) =>
            family.AddMember(new MemberDetails { FullName = name, ExpectedDateOfDelivery = due, Gender = Gender.NotKnown, LivesInHousehold = true, Role = FamilyRole.Child }, Today);

        public FamilyMember Adult(string name, FamilyRole role, DateOnly born, Gender gender, bool home = true, string? ethnicity = null, string? language = null, bool interpreter = false, bool nhs = false) =>
            family.AddMember(
                new MemberDetails
                {
                    FullName = name,
                    DateOfBirth = born,
                    Gender = gender,
                    Ethnicity = ethnicity,
                    FirstLanguage = language,
                    InterpreterNeeded = interpreter,
                    NhsNumber = nhs ? demo.NextNhsNumber() : null,
                    LivesInHousehold = home,
                    Role = role,
                },
                Today);

        public void Parent(FamilyMember parent, params FamilyMember[] children) => Parent(parent, true, children);

        public void Parent(FamilyMember parent, FamilyMember child, bool parentalResponsibility) => Parent(parent, parentalResponsibility, [child]);

        public void Partners(FamilyMember a, FamilyMember b) => family.Relate(a.Id, b.Id, RelationshipKind.PartnerOf, false, null);

        public void ExPartners(FamilyMember a, FamilyMember b) => family.Relate(a.Id, b.Id, RelationshipKind.ExPartnerOf, false, null);

        public void Other(FamilyMember from, FamilyMember to, string description, bool parentalResponsibility = false) =>
            family.Relate(from.Id, to.Id, RelationshipKind.Other, parentalResponsibility, description);

        public void Siblings(string? description, params FamilyMember[] children)
        {
            for (var i = 0; i < children.Length; i++)
            {
                for (var j = i + 1; j < children.Length; j++)
                {
                    family.Relate(children[i].Id, children[j].Id, RelationshipKind.SiblingOf, false, description);
                }
            }
        }

        public void Worry(FamilyMember adult, WorryKind kind, DateOnly identifiedOn, DateOnly? endedOn = null)
        {
            var worry = family.AddWorry(adult.Id, kind, identifiedOn, Today);
            if (endedOn is { } ended)
            {
                family.EndWorry(adult.Id, worry.Id, ended, Today);
            }
        }

        public void EndWorry(FamilyMember adult, WorryKind kind, DateOnly endedOn) =>
            family.EndWorry(adult.Id, adult.Worries.Single(w => w.Kind == kind && w.EndedOn is null).Id, endedOn, Today);

        public void Cin(DateOnly start, params FamilyMember[] children) => Start(LegalStatusKind.ChildInNeedPlan, start, children);

        /// <summary>Pre-proceedings start at a meeting, so on a working day.</summary>
        public void Plo(DateOnly start, params FamilyMember[] children) => Start(LegalStatusKind.PreProceedings, DemoCalendar.WorkingDay(start), children);

        /// <summary>A plan starts at the initial conference, so on a working day.</summary>
        public void Cp(DateOnly start, ChildProtectionCategory category, params FamilyMember[] children)
        {
            foreach (var child in children)
            {
                family.StartLegalStatus(child.Id, LegalStatusKind.ChildProtectionPlan, DemoCalendar.WorkingDay(start), category, Today);
            }
        }

        public void Start(LegalStatusKind kind, DateOnly start, params FamilyMember[] children)
        {
            foreach (var child in children)
            {
                family.StartLegalStatus(child.Id, kind, start, null, Today);
            }
        }

        public void End(LegalStatusKind kind, DateOnly end, EpisodeEndReason reason, params FamilyMember[] children)
        {
            foreach (var child in children)
            {
                family.EndLegalStatus(child.Id, child.LegalStatuses.Single(e => e.Kind == kind && e.EndDate is null).Id, end, reason, Today);
            }
        }

        public Allocation Allocate(string worker, AllocationRole role, DateOnly start, params FamilyMember[] adults) =>
            family.Allocate(demo.WorkerNamed(worker), role, start, [.. adults.Select(a => a.Id)], Today);

        public void EndAllocation(Allocation allocation, DateOnly end) => family.EndAllocation(allocation.Id, end, Today);

        /// <summary>An event; a meeting (a conference, core group, strategy discussion…) is held on a working day, the one before if need be.</summary>
        public void Event(DateOnly occurredOn, SignificantEventKind kind, string recordedBy, string account, params FamilyMember[] people) =>
            demo._db.SignificantEvents.Add(new SignificantEvent(
                family.Id,
                demo.WorkerNamed(recordedBy).PersonId,
                new EventDetails
                {
                    OccurredOn = kind.Group() == SignificantEventGroup.ChildProtectionMeetings ? DemoCalendar.WorkingDay(occurredOn) : occurredOn,
                    Kind = kind,
                    Account = account,
                    MemberIds = [.. people.Select(p => p.Id)],
                },
                Today));

        public void Close(DateOnly closedOn, ClosureReason reason, string detail) => family.Close(closedOn, reason, detail, Today);

        public void Reopen(DateOnly reopenedOn, string lead) => family.Reopen(reopenedOn, demo.WorkerNamed(lead), Today);

        private void Parent(FamilyMember parent, bool parentalResponsibility, FamilyMember[] children)
        {
            foreach (var child in children)
            {
                family.Relate(parent.Id, child.Id, RelationshipKind.ParentOf, parentalResponsibility, null);
            }
        }
    }
}
