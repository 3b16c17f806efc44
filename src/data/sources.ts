/**
 * The sources the embedded MINUSMA 2020 data rest on: the French quotes of the
 * Secretary-General's letter of 23 December 2020 (S/2020/1282), its section headings, and the
 * public references gathered beside it. Quotes are word for word from the letter (whitespace
 * normalised).
 *
 * @module
 */

/** Section headings of the letter, as printed. */
export const SECTION = {
  operations: 'Progrès des opérations de la Mission',
  adaptation: 'Mise en œuvre du plan d’adaptation',
  performance: 'Performance',
  evaluation: 'Évaluation de la force et de la composante Police',
  problems: 'Problèmes',
  rotations: 'Relève des contingents',
} as const;

/** French quotes of the letter, word for word (whitespace normalised). `…` joins two quoted parts. */
export const QUOTE = {
  armouredTotal: '562 véhicules blindés',
  armouredDailyUse: 'dont 483 (86 %) sont utilisés chaque jour',
  armouredMaintenance: '33 (6 %) sont immobilisés pour entretien',
  armouredUnserviceable:
    '46 (8 %) ne sont pas en état de marche du fait d’une explosion d’engin improvisé ou pour une autre raison',
  armouredReplace:
    'doivent être remplacés de toute urgence car la Mission n’est pas en mesure de les réparer',
  armouredNow: 'La force de la MINUSMA dispose à l’heure actuelle de 562 véhicules blindés',
  helicopterShare: 'ne peut utiliser que 25 % de la flotte d’hélicoptères',
  helicopterRepatriation: 'rapatriement d’une unité, intervenu récemment',
  iedSince: 'Depuis juillet 2020',
  iedTotalMali: '98 engins explosifs improvisés ont été utilisés au Mali',
  iedAgainstMission: 'dont 39 contre la MINUSMA',
  iedNeutralised: '19 ont été récupérés et neutralisés',
  iedDetonated: '20 ont explosé',
  iedRoutes:
    'les principales routes d’approvisionnement et les convois logistiques étant particulièrement exposés',
  iedCentreNorth:
    'représentent toujours une menace pour les forces internationales dans le centre et le nord du Mali',
  jammers:
    'certaines unités ne sont toujours pas équipées des brouilleurs adéquats ni des véhicules à l’épreuve des mines',
  fpuEvaluated: '17 unités de police constituées ont été évaluées',
  temporaryBases: 'établi sept bases temporaires',
  surgicalGap: 'moyens aériens et d’équipes chirurgicales à l’appui de son équipe spéciale mobile',
  mangousteNewPhase: 'Le 23 octobre 2020, l’opération Mangouste est entrée dans une nouvelle phase',
  mangousteDouentza:
    'le déploiement rapide de troupes dans le cercle de Douentza (région de Mopti)',
  mangousteAssets:
    'des forces spéciales et une unité d’hélicoptères de deux secteurs militaires différents',
  buffalo:
    'notamment les cercles de Bandiagara, de Koro et de Bankass, en utilisant des bases opérationnelles temporaires, dans le cadre de l’opération Buffalo',
  koroBases: 'la présence prolongée de bases opérationnelles temporaires',
  ogossogou: 'Dans le village d’Ogossogou (région de Mopti), une base opérationnelle temporaire',
  ogossogouMassacres: 'après les deux massacres de civils qui y ont été perpétrés',
  bus: 'des soldats de la paix ont pu porter assistance aux passagers d’un bus blessés',
  cobra:
    'L’opération Cobra, menée en octobre 2020 à partir de la base opérationnelle temporaire située dans la commune de Timiniri',
  winner:
    'Dans la région de Tombouctou, en coordination avec les Forces de défense et de sécurité maliennes, elle a lancé dans ce domaine une série d’initiatives dans le cadre de l’opération Winner',
  seka: 'l’opération Seka a contribué à sécuriser l’axe Gao-Labézanga',
  amouken: 'Dans la région de Kidal, dans le cadre de l’opération intégrée Amouken',
  westCircles: 'Dans les cercles de Goundam, de Diré et de Niafunké (région de Tombouctou)',
  menakaSansArmes: 'la Mission a continué d’appuyer l’initiative « Ménaka sans armes »',
  menakaResult: 'Cette initiative a contribué à la réduction des attaques contre les civils',
  toolbox:
    'En juillet 2020, dans le cadre de l’opération Toolbox, la MINUSMA a adopté un ensemble de mesures globales',
  toolboxRoutes: 'sur tous les principaux itinéraires des convois de la Mission',
  transfer:
    'le transfert de Tombouctou à Mopti d’une compagnie d’infanterie mécanisée et d’une unité de défense de base',
  moptiExpansion:
    'l’agrandissement du camp de la Mission à Mopti, initialement prévu pour avril 2021, a été retardé',
  moptiNewContingents:
    'Ces retards auront à leur tour des incidences sur le déploiement prévu de nouveaux contingents',
  gaoUav: 'À Gao, un système de drone aérien a été mis en service en octobre 2020',
  rotationsResumed:
    'Le 1er juillet 2020, les déploiements et les rotations de personnel en tenue ont progressivement repris, après avoir été suspendus en mars à cause de la pandémie de COVID-19',
  quarantineBeforeAfter:
    'La MINUSMA a continué à imposer une quarantaine avant et après les déploiements',
  quarantine14: 'y compris la période de quarantaine de 14 jours',
  rotationsHampered:
    'Fin août 2020, les rotations des contingents et des agents en tenue hors contingents et unités de police constituées dans la région ont été partiellement entravées par les restrictions aux déplacements imposées dans le cadre des sanctions décidées par la CEDEAO',
  rotationsResumedOctober:
    'Les déploiements, les rotations et les rapatriements de personnel ont repris une fois les sanctions levées, en octobre',
  sanctionsLifted: 'lesquelles ont été levées le 6 octobre 2020',
  covidCases:
    'Quatre-vingt-neuf cas ont été signalés au sein de la force lors des relèves de contingents',
  testingLabs: 'reçu trois laboratoires de dépistage en octobre 2020',
  helicopterGap:
    'Le Secrétariat continue de travailler avec les pays fournisseurs de contingents ou de personnel de police pour combler cette lacune importante',
  gaoStructures:
    'Les structures destinées à faciliter le déploiement de la force d’intervention rapide de la Mission, de la patrouille de reconnaissance dans la profondeur et du premier poste de commandement avancé … devraient être opérationnelles à la fin de l’année',
} as const;

/** Public references (from the public-facts file kept beside the letter). */
export const REF = {
  gazetteer: 'public gazetteer file (secondary source; agrees with Wikipedia where checked)',
  bamakoAirport: 'it.wikipedia (Bamako-Sénou airport, GABS)',
  mopti: 'wikiwand: Mopti (14°29′45″N 4°11′55″W)',
  sevare: 'piglix/Wikipedia: Sévaré',
  kidal: 'kiwix: Kidal (18°26′20″N 1°24′30″E)',
  tessalit: 'en.wikipedia: Tessalit',
  aguelhok: 'wikiland/fr.wikipedia: Aguelhok',
  ansongo: 'piglix/Wikipedia: Ansongo',
  bandiagara: 'ca.wikipedia mirror: Bandiagara',
  koro: 'wikiclassic: Koro',
  niafunke: 'wikide/Wikipedia: Niafunké',
  berEstimate:
    'profilpelajar (de.wikipedia mirror): Ber lies 53 km east of Timbuktu, 8 km north of the Niger',
  kidalGao:
    'fatshimetrie; kewoulo.info; apanews (Nov 2023): Kidal→Gao is 352 km and "normally a single day"; the last MINUSMA convoy took a week under 6 IED attacks',
  menakaConvoys:
    'maliweb: monthly Gao→Ansongo→Ménaka logistics convoys of ~50 vehicles with a Nigerien escort',
  romaniaPumas:
    'nineoclock.ro; stiripesurse.ro: Romania’s 4 IAR-330 Pumas at Gao (Oct 2019–Oct 2020, ~120 personnel) flew ~1,250 h in the year (200 at night), >350 missions',
  helicopters2016: 'africanaerospace.aero: 16 military helicopters in MINUSMA, mid-2016',
  elSalvador: 'analisidifesa.it: El Salvador, 6 armed MD500E helicopters at Timbuktu (Dec 2018)',
  pakistan:
    'reliefweb: Operation Mongoose 2.5 (25–31 Oct 2020, Douentza), a Pakistani helicopter unit at Timbuktu supported the Mobile Task Force',
  nh90: 'agenzianova: Germany withdrew its NH90s in 2020 and CASEVAC was contracted to GHS; 4 NH90s returned to Gao in Dec 2021',
  s2021657:
    'S/2021/657 (Jul 2021), via janes.com and reliefweb: 2 helicopter units with up to 10 helicopters and 260 personnel at Mopti and Douentza; 3 quick-reaction companies of 250',
  mi17Speed: 'aeropedia.com.au: Mi-17 maximum cruise 225 km/h',
  pumaSpeed: 'fr.wikipedia (2007 mirror): SA330 Puma maximum cruise 280 km/h',
  casevacPolicy:
    'UN policy "Casualty Evacuation in the Field", DOS/2020.7 (effective 1 Mar 2020), section D.2 "Implications of 10-1-2"; timings as defined in BMJ Military Health, Table 2',
  iedMali2020:
    'maliactu.net, Feb 2021 (MINUSMA figures): Mali 2020, 169 IED/mine incidents, 76 killed, 287 injured',
  resolution2531:
    'un.org/press/en/2020/sc14235.doc.htm: resolution 2531 (2020), up to 13,289 military and 1,920 police',
  sectors:
    'maliactu; reliefweb: Sector North HQ Kidal (also Tessalit, Aguelhok), East Gao, West Timbuktu, Centre Mopti (launched 2019)',
  bases:
    'RFI via fr.allafrica (Dec 2023): 12 bases plus Bamako; sputniknews.africa, tellerreport: 2023 closure order (Ber, Goundam, Ogossagou, Ménaka, Tessalit, …, Mopti-Sévaré)',
  helicopterAvailability:
    'dbwv.de (Jan 2022), cio.de (2021): Bundeswehr helicopters ~40 % availability against a 70 % benchmark; GAO-18-605: HH-60G 68 % mission-capable against a 75 % goal',
  bambaraMaoude:
    'reliefweb (13 Jan 2021): IED and ambush 20 km north of Bambara-Maoudé on the Douentza–Timbuktu axis, 3 killed, 6 wounded, aerial medevac',
  menakaIed:
    '45enord.ca (2019): IED 65 km west of Ménaka, Chinook and 2 Griffons, casualties to Gao role 2',
  ogossagou:
    'minusma.unmissions.org; maliactu: Ogossagou attacked 23 Mar 2019 (~160 killed) and 14 Feb 2020 (≥35 dead, 19 missing; QRF, air support and medevac deployed)',
  unSuspension:
    'UN spokesman S. Dujarric, 7 Apr 2020 (business-standard/PTI; kasmaal.com): rotation and deployment of uniformed personnel, individual officers and formed units suspended until 30 June 2020; AP via highergroundtimes (6 Mar 2020): nine contributors (several in MINUSMA) delayed rotations by three months',
  ecowasSanctions:
    'tdn.tg; maliactu; 30minutes.net (Aug 2020): ECOWAS closed land and air borders with Mali in the night of 18–19 Aug 2020, confirmed at its summit of 20 Aug; lifted by its communiqué of 5 Oct 2020 (the letter: 6 Oct)',
  strength2020:
    'news.abamako.com/h/225229.html (≈ Q1 2020, date unverified): 12,647 military and 1,753 police deployed; 24heureinfo.com (MINUSMA fact sheet of 28 Feb 2019): 13,010 military and 1,759 police',
  strengthBreakdown:
    'news.abamako.com/h/197675.html (SG report, ≈ 2018): 12,231 military (39 military observers, 437 staff officers, 11,755 contingent members); 1,728 police (311 individual officers, 1,417 formed-unit personnel, 90 % of authorised)',
  resolution2584:
    'afrique.le360.ma (Aug 2021): resolution 2584 (29 Jun 2021) keeps the ceilings at 13,289 military and 1,920 police to 30 June 2022',
  fpuSize:
    'thestreetjournal (Jan 2021): Nigerian FPU of 140; beninwebtv (Oct 2019): Beninese FPU of 140; maliactu (Sep 2019): Bangladeshi FPU of 139; monusco.unmissions.org: an FPU is about 160 and « remplacées habituellement chaque année »',
  oneYearTours:
    'maliactu.net (Oct 2020): a new Guinean contingent of nearly a thousand arrived in Kidal « où il devra rester pour une année »; kibaru.ml: the Togolese FPU at Ménaka rotates after « une année »; monusco.unmissions.org: FPUs replaced every year',
  ukLrrg:
    'defpost.com; defencehq.medium.com (4 Dec 2020): the UK Long Range Reconnaissance Group, 300 strong, main body to Gao on 3 Dec 2020; humanglemedia.com: six-month tours (Light Dragoons Dec 2020–Jun 2021, then 2 R Anglian)',
  shortTours:
    'radio-jade.de: a German contingent left on 31 Jan 2017 and returned « Anfang Juli » (about five months); humanglemedia.com: UK six-month tours',
  geoPko:
    'Geo-PKO v2.3 (Uppsala; Cil, Fjelde, Hultman & Nilsson 2020, J. Peace Research 57(2)), 2020 deployment by camp, coded from UN deployment maps: Kidal Chad and Guinea; Tessalit and Aguelhok Chad; Ansongo and Ménaka Niger; Timbuktu, Ber and Goundam Burkina Faso; Mopti Senegal; Douentza Togo; Gao Bangladesh, Germany, Egypt, China and others',
  chinaGao:
    'eurafrica.info (2021): the Chinese contingent of about 430 at Gao guards the headquarters and runs a hospital there; Geo-PKO v2.3: China 450 at Gao',
  pcrs: 'un.org, Peacekeeping Capability Readiness System: units at its rapid deployment level commit to deploy within 60 days of a UN request',
  helicopterShortage:
    'ft.dk (DPO, « Current and Emerging Uniformed Capability Requirements for United Nations Peacekeeping », Mar 2022): « critical shortage of utility and armed/attack helicopter units »',
  golden: 'Kotwal et al., JAMA Surg 2016;151(1):15–24; Webster et al., BMJ Mil Health 167(2):84',
  acled:
    'ACLED (Armed Conflict Location & Event Data), Mali 1 Jan 2017–31 Dec 2020, as exported about May 2021 and committed to GitHub ValenGe/UZH_Seminar_UN_PKO (MINUSMA/2017-01-01-2020-12-31-Mali.csv); counts de-duplicated by event id. Source: ACLED. The events are those of 2020; the export was made after the letter, so later revisions may be included',
  cercleAreas:
    'English Wikipedia cercle infoboxes (areas from the Synthèse des Plans de Sécurité Alimentaire des Communes, Commissariat à la Sécurité Alimentaire / USAID-Mali, 2006): Bankass 9,054 km², Koro 10,937, Bandiagara 10,520, Douentza 23,481 km²',
  hrwOgossagou:
    'Human Rights Watch, "Mali: Army, UN Fail to Stop Massacre", 18 Mar 2020: the attack on Ogossagou of 14 Feb 2020 came before dawn; "Three hours later, at about 8 a.m., Malian security forces and peacekeepers from MINUSMA arrived"',
  villageAttacks:
    'Start times of documented attacks on villages in central Mali: Ogossagou 23 Mar 2019 ≈04:00 (nuevaya.com.ni; WSWS: "just before dawn"); Ogossagou Jan 2019 05:24, army arrived ≈09:40 (bamada.net); Sobane Da 9–10 Jun 2019 ≈03:00, the attack "continued for seven hours" (baobabpresse.info; en.wikipedia); Ogossagou 14 Feb 2020 ≈05:00 (HRW, 18 Mar 2020); Yangassadiou 3 Jun 2020 « vers 9 heures » (MINUSMA DDHP note, Apr–Jun 2020)',
  attacksOnMinusma2020:
    'SG reports on Mali, via the press: S/2020/223 (22 attacks on MINUSMA, 43 peacekeepers wounded), S/2020/476 (26 attacks, 3 peacekeepers killed, 24 wounded), S/2020/952 (29 attacks, 2 killed, 40 wounded): 77 attacks and 107 wounded from Dec 2019 to mid-Sep 2020 (maliactu.net, Jun and Oct 2020)',
  campAttacks2020:
    'ACLED (see acled) attacks on MINUSMA camps and positions in 2020 to 23 Dec: 13 (Tessalit 3, Kidal 3, Ménaka 3, Timbuktu 3, Ber 1, Gao 1), 11 without peacekeeper casualties, one with 1 wounded, Tessalit 9 Jan 2020 with 18 peacekeepers wounded (UN spokesman via alwihdainfo.com); heavier camp attacks 2017–2019: Aguelhok 20 Jan 2019 (11 killed, 25 wounded), Ber 27 Oct 2018 (2 killed, 11 wounded), Aguelhok 5 Apr 2018 (2 killed, 10 wounded), Timbuktu 14 Apr 2018 (1 killed, ~7 wounded), Kidal 8 Jun 2017 (4 killed, 7 wounded), Timbuktu 3 May 2017 (1 killed, 9 wounded)',
  tobRn15:
    'OCHA, « Accès humanitaire » Sep–Dec 2020 (reliefweb, Apr 2021): from 18 Dec 2020 militias blocked MINUSMA patrols at Bandiagara, leading to « l’arrêt des patrouilles et le retrait de la base temporaire et opérationnelle (TOB) de la force de la MINUSMA dans le cadre de la sécurisation de la RN15 »',
} as const;

/** Source builders under the short names the data files use. */
export {
  assumptionSource as assumption,
  letterSource as letter,
  publicSource as publicRef,
} from '../model/provenance.js';
