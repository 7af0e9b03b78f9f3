// The project's own moral lexicon, written for the local judge (not derived from any published
// word list). Each entry is `word:valence`, valence in [−3, 3] for what the word says about the
// family's value; `_` joins the words of a phrase. Words are matched after crude suffix stripping
// (see moral-features.ts), so one form usually covers its inflections; irregular forms are listed.

/** Value families the lexicon scores, in feature order. */
export const moralFamilies = [
  'care',
  'fairness',
  'honesty',
  'loyalty',
  'authority',
  'purity',
  'liberty',
  'benevolence',
  'hedonism',
  'achievement',
  'power',
  'tradition',
  'security',
  'rights',
] as const;

/** One of {@link moralFamilies}. */
export type MoralFamily = (typeof moralFamilies)[number];

/** Entries per family, `word:valence` separated by spaces. */
export const moralLexiconSource: Record<MoralFamily, string> = {
  care: `
    kill:-3 killed:-3 murder:-3 slaughter:-3 massacre:-3 torture:-3 torment:-3 maim:-3 rape:-3 stab:-3
    strangle:-3 poison:-3 execute:-2 abuse:-3 assault:-3 batter:-3 beat:-2 beaten:-2 punch:-2 kick:-2
    slap:-2 hit:-2 hurt:-2 harm:-2 injure:-2  wound:-2 bully:-2 bullied:-2 taunt:-2 mock:-2
    humiliate:-2 ridicule:-2 insult:-2 tease:-1 neglect:-2 abandon:-2 starve:-3 drown:-2 choke:-2
    cruel:-3 cruelty:-3 brutal:-3 brutally:-3 vicious:-2 sadistic:-3 violent:-2 violence:-2 attack:-2
    threaten:-2 terrorise:-3 terrorize:-3 intimidate:-2 scare:-1 frighten:-1 shove:-1 push_over:-2
    trip_up:-1 burn:-1 scald:-2 whip:-2 shoot:-2 shot:-2 run_over:-2   
     hate:-2 hatred:-2 spite:-2 spiteful:-2 callous:-2 heartless:-3 ignore:-1 mistreat:-3
    exploit:-2 endanger:-2 reckless:-2 drunk_driving:-3 leave_alone:-1 lock_in:-1 swat:-1 crush:-1
    kidnap:-3 enslave:-3 beating:-2 bruise:-2      
    care:2 caring:2 care_for:2 take_care:2 look_after:2 protect:2 rescue:3 save:2 saved:2 heal:2
    nurse:2 comfort:2 console:2 soothe:2 hug:1 cuddle:1 feed:1 shelter:2 kind:2 kindness:2 gentle:2
    gently:2 tender:1 compassion:3 compassionate:3 sympathy:2 empathy:2 nurture:2 tend:1 help:2
    helped:2 helping:2 helpful:2 support:1 cure:2 treat_wound:2 bandage:2 pet:1 adopt:1 foster:1
    safe:1 safely:1 well-being:2 wellbeing:2 mercy:2 merciful:2 spare:1 calm_down:1 reassure:1
    visit_sick:2 sit_with:1 hold_hand:1 checked_on:2 check_on:2 first_aid:2  
      yell:-1 scream_at:-2 shout_at:-2 curse_at:-1 swear_at:-1 spank:-2 slam:-1 smash:-2 destroy:-2
    ruin:-2 wreck:-2 damage:-2 break:-1 broke:-1 broken:-1 shatter:-2 tear:-1 rip:-1 harass:-2 stalk:-2
    grope:-3 molest:-3 blackmail:-3 extort:-3 bite:-1 scratch:-1 pinch:-1 poke:-1 drag:-1 tie_up:-2
    lock_up:-2 sedate:-1 drug:-2 spike:-2 overdose:-2 bleach:-2 acid:-2 gun:-2 knife:-1 bomb:-3
    gasoline:-1 razor:-1 weapon:-2 toxic:-2 venom:-1 fist:-1 slash:-2 trample:-2 squash:-1 stomp:-2
    bash:-2 pummel:-2 throttle:-2 suffocate:-3 smother:-2 electrocute:-3 set_fire:-3 arson:-3 trap:-1
    prank:-1 laugh_at:-2 make_fun:-2 name-calling:-2 shame:-2 belittle:-2 demean:-2 sneer:-1 scorn:-1
    ostracise:-2 ostracize:-2 exclude:-1 shun:-2 reject:-1 leave_behind:-2 dump:-1 throw_away:-1
    pollute:-1 poach:-2 hunt:-1 cage:-1 chain_up:-2 tease_dog:-2 kick_dog:-3  
            
              
    hold_door:1 give_seat:2 carry:1 lift:1 catch:1 shield:2 warn:1 alert:1 cpr:3 ambulance:1
    call_911:2 donate_blood:3 organ_donor:3 babysit:1 cook_for:1 bake_for:1 read_to:1 sing_to:1 play_with:1
    walk_dog:1  groom:1 bathe:1 wash:0 clean_up:1 tidy:1 fix:1 repair:1 mend:1 plant:1 nourish:2
    cherish:2 praise:1 compliment:1 congratulate:1 thank:1 tip:1 reassure:1 encourage:1 listen:1 
    smile:1  greet:1    generous:2 rescue_dog:3 save_life:3 lifeguard:1
    vaccinate:1 medicine:1 medication:1  blanket:1 warm:1 gently:1 softly:1  soft:1
    ease:2 relieve:2 relief:1 medic:1 paramedic:1 look_out_for:2 stay_with:1 keep_company:2 kindly:2 laughing_at:-2 sadist:-3 mean_to:-2 rough_up:-2 beat_up:-3
  `,
  fairness: `
    cheat:-3 cheated:-3 steal:-3 stole:-3 stolen:-3 theft:-3 rob:-3 robbery:-3 bribe:-3 rig:-2
    rigged:-2 fraud:-3 swindle:-3 scam:-3 embezzle:-3 loot:-2 shoplift:-2 plagiarise:-2 plagiarize:-2
    copy_homework:-2 unfair:-2 unfairly:-2 unjust:-2 injustice:-2 discriminate:-2 discrimination:-2
    bias:-1 biased:-1 favouritism:-2 favoritism:-2 nepotism:-2 rip_off:-2 overcharge:-2 exploit:-2
    freeload:-2 cut_in_line:-2 jump_queue:-2 skip_line:-1 take_credit:-2 hog:-1 keep_all:-1 dodge_tax:-2
    underpay:-2 short-change:-2 shortchange:-2 unequal:-1 inequality:-1 corrupt:-3 corruption:-3
    fair:2 fairly:2 fairness:2 just:1 justice:2 equal:2 equally:2 equality:2 share:2 shared:2
    split_evenly:2 take_turns:2 turn:0 honest_wage:2 pay_back:2 repay:2 return:1 returned:1 refund:1
    impartial:2 even-handed:2 deserve:1 earned:1 merit:1 reward:1 compensate:2 level_playing:2
    give_back:2 own_share:1 play_by_rules:2 follow_rules:1 wait_turn:2 equitable:2
      pocket:-1 swipe:-1 snatch:-2 grab:-1 pilfer:-2 pinch:-1 nick:-1 poach:-1 counterfeit:-3 pirate:-2
    piracy:-2 smuggle:-2 launder:-3 evade:-2 evasion:-2 dodge:-1 scam:-3 con_artist:-3 hustle:-1
    without_pay:-2 pay:1 paid:1 payment:1 permission:1 ask_permission:2 owe:-1 debt:-1 loan:0 borrow:0
    keep_change:-1 overcharge:-2 price_gouge:-3 gouge:-2 monopoly:-1 insider:-1 tamper:-2 ballot_stuff:-3
    trade:0 bargain:0 deal:0 contract:1 fine:0 tip:1 wage:1 salary:0 bonus:1 split:1 divide:0
    cheating:-3 copy_answer:-2 crib:-1 peek:-1 exam:0 test:0 dope:-2 doping:-3 steroid:-2 foul:-1
    referee:0 judge:0 verdict:0 accuse:-1 frame:-2 framed:-2 scapegoat:-2 punish:-1 sentence:0
  `,
  honesty: `
    lie:-3 lied:-3 lying:-3 liar:-3 deceive:-3 deceit:-3 deception:-3 trick:-2 con:-2 mislead:-2
    misled:-2 fake:-2 forge:-3 forged:-3 fabricate:-3 falsify:-3 pretend:-1 cover_up:-2 hide:-1 hid:-1
    conceal:-2 secret:-1 secretly:-1 sneak:-2 snuck:-2 betray:-3 betrayal:-3 two-time:-2 affair:-2
    unfaithful:-3 infidelity:-3 adultery:-3 break_promise:-3 broke_promise:-3 broken_promise:-3
    go_back_on:-2 renege:-2 backstab:-3 dishonest:-3 manipulate:-2 gaslight:-3 exaggerate:-1
    false:-1 falsely:-2 rumour:-1 rumor:-1 gossip:-1 slander:-3 libel:-2 blame:-1 invent:-1
    honest:3 honesty:3 truth:2 truthful:2 truthfully:2 tell_truth:3 told_truth:3 admit:2 confess:2
    own_up:2 apologise:2 apologize:2 apology:2 sincere:2 candid:1 transparent:1 faithful:2
    keep_promise:3 kept_promise:3 keep_word:3 kept_word:3 promise:1 loyal:2 trustworthy:3 trust:1
    reliable:2 disclose:1 correct_record:2 come_clean:2 return_wallet:3 hand_in:2
      fib:-2 cover:-1 cheat_on:-3 two-faced:-2 hypocrite:-2 hypocrisy:-2 pretend_to:-1 impersonate:-2
    catfish:-2 phony:-2 bogus:-2 counterfeit:-2 plagiarism:-3 forgery:-3 perjury:-3 cover_story:-2
    excuse:-1 alibi:-1 spin:-1 fabricated:-3 misrepresent:-2 withhold:-1 lie_about:-3 lie_to:-3
    report:1 reveal:1 expose:1 whistleblow:2 whistleblower:2 tell:0 told:0 explain:1 openly:1
    frank:1 genuine:2 authentic:1 integrity:3 principle:1 keep_secret:1 confide:1 confidential:1
    promise:1 oath:1 vow:1 pledge:1 swear:0 commitment:1 committed:1 deliver:1 on_time:1 show_up:1
  `,
  loyalty: `
    betray:-3 traitor:-3 treason:-3 desert:-2 deserter:-2 defect:-2 abandon:-2 disown:-2 sell_out:-2
    turn_on:-2 snitch:-1 rat_out:-1 backstab:-3 disloyal:-3 abandon_friend:-3 walk_out:-2 ditch:-2
    loyal:3 loyalty:3 stand_by:2 stood_by:2 stick_by:2 stuck_by:2 stand_up_for:2 defend:2 devoted:2
    devotion:2     solidarity:2 patriot:1 patriotic:1 allegiance:1
     unite:1 united:1 comrade:1 side_with:1 support:1
      cheat_on:-3 dump:-1   quit:-1 resign:0 switch_side:-2 leak:-2 spy:-2 mole:-2 informant:-1
     clan:1 tribe:1 nation:1 country:1 hometown:1      
            reunion:1 faithful:2
  `,
  authority: `
    obey:2 obedient:2 respect:2 respectful:2 defer:1 comply:2 follow_order:2 follow_rule:2 rule:0
    law-abiding:2 duty:1 discipline:1 elder:1 teacher:0 boss:0 polite:1 courteous:1 order:1
    disobey:-2 defy:-2 rebel:-1 rebellion:-1 riot:-2 vandalise:-2 vandalize:-2 vandalism:-2
    disrespect:-2 disrespectful:-2 insubordinate:-2 mutiny:-2 overthrow:-2 sabotage:-2 subvert:-2
    rude:-2 talk_back:-2 sass:-1 mouth_off:-1 chaos:-2 anarchy:-2 lawless:-2 break_law:-2 broke_law:-2
    illegal:-2 illegally:-2 trespass:-2 skip_class:-1 ignore_rule:-2 flout:-2 heckle:-1 curse_at:-2
      respect_elder:2 honour:1 honor:1 salute:1 bow:1 sir:1 madam:1 permission:1 curfew:1 homework:1
    judge:0 officer:0 police:1 law:1 legal:1 lawful:1 regulation:1 policy:0 court:1 government:0
    sneak_out:-2 lie_to_parent:-3 cheek:-1 cheeky:-1 brat:-1 tantrum:-1 rebellious:-2 unruly:-2
    smash_window:-2 graffiti:-2 spray_paint:-2 jaywalk:-1 speeding:-2 run_red:-2 steal:-1 truant:-2
    escape_prison:-2 resist_arrest:-2 contempt:-2 ignore_order:-2 refuse_order:-2
  `,
  purity: `
    pure:2 purity:2 clean:1 sacred:2 holy:2 chaste:2 modest:1 modesty:1 wholesome:2 decent:1 dignity:2
    pray:1 temple:1 church:1 mosque:1 bless:1 blessed:1 sanctity:2 respect_dead:2 grave:0
    disgust:-2 disgusting:-2 filthy:-2 filth:-2 dirty:-1 gross:-1 vile:-3 obscene:-2 degrade:-2
    degrading:-2 defile:-3 desecrate:-3 profane:-2 pervert:-3 perverted:-3 lewd:-2 debauch:-2
    urinate:-2 pee_on:-2 spit:-2 spat:-2 poop:-1 vomit:-1 rot:-1 contaminate:-2 pollute:-2
    incest:-3 cannibal:-3 corpse:-1 naked:-1 sleaze:-2 sleazy:-2 trash:-1 litter:-1 drunk:-1
      sex:-1 porn:-2 pornography:-2 prostitute:-2 orgy:-3 strip:-1 nude:-1 lust:-1 fornicate:-2 drunken:-2
    drugs:-2 cocaine:-2 heroin:-2 smoke:-1 cigarette:-1 alcohol:-1 booze:-1 hungover:-1 rotten:-2
    maggot:-2 feces:-2 faeces:-2 excrement:-2 urine:-2 sewage:-2 sewer:-1 mud:-1 smear:-1 booger:-1
    lick:-1 sniff:-1 eat_dog:-2 bestiality:-3 necrophilia:-3 grave_rob:-3 dig_up:-2 mutilate:-3 tattoo:0
    wash:1 bathe:1 shower:1 tidy:1 neat:1 fresh:1 virgin:1 marriage:1 wedding:1 bless:1 fast:0 kosher:1 halal:1
  `,
  liberty: `
    free:2 freedom:2 liberty:2 liberate:2 independent:2 independence:2 choose:1 choice:1 autonomy:2
    own_mind:1 self-reliant:1 consent:2 emancipate:2 release:1 freed:2 escape:1 speak_freely:2
    oppress:-3 oppression:-3 tyranny:-3 tyrant:-3 dictator:-3 dictatorship:-3 coerce:-2 coercion:-2
    force:-1 forced:-2 control:-1 controlling:-2 dominate:-2 enslave:-3 slavery:-3 confine:-2
    imprison:-2 censor:-2 censorship:-2 silence:-1 suppress:-2 persecute:-3 ban:-1 banned:-1
    restrict:-1 surveil:-1 surveillance:-1 micromanage:-1 bully:-1 trap:-2 cage:-2 chain:-2 forbid:-1
      lock:-1 locked:-1 hostage:-3 kidnap:-3 abduct:-3 captive:-2 prisoner:-1 detain:-2 bar_from:-2 gag:-2
    order_around:-2 boss_around:-2 bully_into:-2 pressure:-1 blackmail:-2 manipulate:-1 brainwash:-3
    indoctrinate:-2 propaganda:-2 obey:-1 conform:-1 submit:-1 allow:1 let:1 permit:1 decide:1 opt:1
    express:1 explore:1 travel:1 move_out:1 own_way:1 self-determination:2 rights:1 voice:1 opinion:1
  `,
  benevolence: `
    help:2 helped:2 helping:2 helpful:2 give:1 gave:1 donate:3 donation:2 charity:2 volunteer:3
    generous:3 generosity:3 gift:1 kind:2 kindness:2 forgive:2 forgave:2 forgiveness:2 grateful:2
    gratitude:2 thank:2 thankful:2 care:1 support:1 share:1 lend:1 lent:1 listen:1 encourage:2
    favour:1 favor:1 selfless:3 sacrifice:1 mentor:2 teach:1 cheer_up:2 welcome:1 host:1 visit:1
    selfish:-2 greedy:-2 greed:-2 ungrateful:-2  nasty:-2 rude:-1  stingy:-2 spite:-2
    grudge:-1 resent:-1 revenge:-2 ignore:-1 refuse_help:-2 snub:-1 envy:-1 jealous:-1
      compliment:1 praise:1 congratulate:1 tip:1 hold_door:1 give_seat:2 babysit:1 cook_for:1 bake_for:1
    carry:1 assist:2 aid:2 serve:1 service:1 offer:1 offered:1 invite:1 include:1 comfort:2 console:2
    hug:1 pray_for:1 care_about:2 thoughtful:2 considerate:2 sweet:1 nice:1 friendly:2  loving:2
    rude:-2 insult:-2 mock:-2 ignore:-1 neglect:-2 abandon:-2 betray:-2 hurt:-2 harm:-2 steal:-2
    cheat:-2 lie:-1 yell:-1 sneer:-1 gloat:-2 taunt:-2 cruel:-3 callous:-2 heartless:-3 indifferent:-1
  `,
  hedonism: `
    enjoy:2 enjoyed:2 enjoyable:2 fun:2 pleasure:3 pleasant:2 delight:3 delighted:3 delicious:2
    joy:3 happy:2 happiness:2 glad:1 laugh:2 relax:2 relaxing:2 rest:1 treat:1 party:1 celebrate:2
    savour:2 savor:2 indulge:1 luxury:1 comfortable:1 cosy:1 cozy:1 thrill:2 exciting:2 excited:2
    love:2 loved:2 lovely:2 wonderful:3 great:2 amazing:3 best:2 favourite:1 favorite:1 win:2 won:2
    beautiful:2 sunny:1 vacation:2 holiday:2 feast:2 massage:2 cake:1 ice_cream:1 surprise:1
    suffer:-3 suffering:-3 pain:-3 painful:-3 ache:-2 agony:-3 miserable:-3 misery:-3 sad:-2 sadness:-2
    bored:-2 boring:-2 boredom:-2 tedious:-2 dull:-1 tired:-1 exhausted:-2 awful:-3 terrible:-3
    horrible:-3 worst:-3 unpleasant:-2 upset:-2 lonely:-2 sick:-2 ill:-2 disappointed:-2 lose:-1
    lost:-1 annoyed:-1 angry:-1 cry:-2 cried:-2 depressed:-3 grief:-3 scared:-2 stress:-2 stressful:-2
    rain:-1 cancel:-1 cancelled:-1 canceled:-1 broke:-1 fail:-2 failed:-2 injured:-2 hurt:-2
      tasty:2 yummy:2 sweet:1 chocolate:1 pizza:1 beer:1 wine:1 dessert:1 candy:1 dinner:0 meal:0 snack:1
    game:1 play:1 movie:1 concert:2 music:1 dance:2 sing:1 beach:2 swim:1 sunbathe:2 nap:1 sleep:1
    spa:2 hot_bath:2 bubble_bath:2 picnic:2 festival:2 trip:1 travel:1 adventure:1 hobby:1 funny:2
    joke:1 smile:1 grin:1 cheerful:2 content:1 satisfied:2 bliss:3 ecstatic:3 euphoric:3 thrilled:3
    comfy:1 soft:1 warm:1 peaceful:1 refreshing:2 free_time:1 weekend:1 bonus:1 gift:1 present:1
     dentist:-1 toothache:-3 headache:-2 stomachache:-2 nausea:-2 vomit:-2 fever:-2 flu:-2
     freezing:-2 soaked:-1 wet:-1 hungry:-1 thirsty:-1 sore:-2 bruise:-2  sting:-2 itch:-1
    burn:-2 stuck:-1 traffic:-1 wait:-1 queue:-1  chore:-1 homework:-1  overtime:-2
    fired:-2 dumped:-2 breakup:-2 divorce:-2 funeral:-2 died:-3 death:-3 accident:-2 ruined:-2
    broken:-1 flat_tire:-2 spill:-1 stain:-1 mess:-1 noisy:-1 noise:-1 smell:-1 stink:-2 ugly:-1
    embarrass:-2 embarrassed:-2 humiliated:-3 anxious:-2 worried:-2 nervous:-1 afraid:-2 lose_game:-1
  `,
  achievement: `
    achieve:2 achievement:2 accomplish:2 succeed:2 success:2 successful:2 win:2 won:2 excel:2
    master:1 skill:1 skilled:1 competent:2 ambitious:2 ambition:1 goal:1 graduate:2 promote:2
    promotion:2 award:2 prize:1 top:1 practice:1 practise:1 train:1 study:1 studied:1 improve:2
    diligent:2 hardworking:2 hard-working:2 persevere:2 effort:1 finish:1 complete:1 record:1
    fail:-2 failure:-2 failed:-2 quit:-1 gave_up:-2 give_up:-2 lazy:-2 slack:-1 procrastinate:-2
    incompetent:-2 mediocre:-1 flunk:-2 drop_out:-1 sloppy:-1 waste:-1
      ace:2 pass:1 passed:1 qualify:2 champion:2 medal:2 trophy:2 score:1 hire:1 hired:1 accept:1
    accepted:1 degree:1 publish:1 invent:1 launch:1 build:1 built:1 create:1 solve:2 learn:1 learned:1
    reject:-1 rejected:-2 fire:-1 fired:-2 demote:-2 expel:-2 lose:-1 lost:-1 defeat:-1 mistake:-1 cheat:-1
  `,
  power: `
    power:1 powerful:1 control:1 dominate:1 command:1 authority:1 wealth:1 wealthy:1 rich:1 status:1
    influence:1 prestige:1 rule:1 boss:1 lead:1 leader:1 strong:1 dominance:1 elite:1 own:0
    weak:-1 powerless:-1 poor:-1 humble:-1 submit:-1 obscure:-1 ordinary:0 subordinate:-1
      control:1 billionaire:1 mansion:1 luxury:1 expensive:1 command:1 conquer:1 empire:1 throne:1 crown:1
    domineer:1 impose:1 rank:1 title:1 manager:1 ceo:1 president:1 king:1 queen:1 fame:1 famous:1
  `,
  tradition: `
    tradition:2 traditional:2 custom:1 heritage:2 ancestor:1 ritual:1 ceremony:1 festival:1 faith:1
    religion:1 religious:1 worship:1 honour:1 honor:1 respect_elder:2 elder:1 holiday:1 pray:1
    modest:1 humble:1 old_ways:2 ancestral:2 passed_down:2 observe:1 devout:2
    reject_tradition:-2 abandon_custom:-2 mock:-1 blasphemy:-2 blaspheme:-2 disrespect:-1 scorn:-1
    sacrilege:-2 break_tradition:-2 modernise:-1 modernize:-1 outdated:-1 irrelevant:-1
      grandparent:1 grandmother:1 grandfather:1 grandma:1 grandpa:1 family_dinner:1 thanksgiving:1
    christmas:1 easter:1 ramadan:1 diwali:1 hanukkah:1 sabbath:1 mass:1 prayer:1 hymn:1 recipe:1 folk:1
    heirloom:2 legacy:1 elders:1 ancestors:1 forefathers:1 convention:1 mock_religion:-2 burn_flag:-2
  `,
  security: `
    safe:2 safety:2 secure:2 security:2 protect:2 protection:1 stable:1 stability:1 order:1 lock:1
    guard:1 insure:1 insurance:1 careful:1 carefully:1 caution:1 prudent:1 precaution:1 seatbelt:2
    helmet:1 rescue:1 healthy:1 health:1 clean:1 police:1 alarm:1 save_money:1 savings:1
    danger:-2 dangerous:-2 risk:-1 risky:-2 reckless:-2 unsafe:-2 threat:-2 threaten:-2 crash:-2
    fire:-1 explode:-2 explosion:-2 collapse:-2 chaos:-2 crime:-2 criminal:-2 burglar:-2 war:-2
    disease:-1 unstable:-1 hazard:-2 hazardous:-2 gamble:-1 debt:-1 attack:-2 vulnerable:-1
      lock_door:2 wear_seatbelt:2 buckle:1 smoke_alarm:2 fire_alarm:1 first_aid:1 emergency:-1 rescue:1
    guard:1 patrol:1 fence:1 vaccine:1 backup:1 plan:1 prepare:1 prepared:1 savings:1 steady:1 routine:1
    drunk_drive:-3 speed:-1 speeding:-2 text_while:-2 unlock:-1 unlocked:-2 leave_open:-2 gas_leak:-3
    weapon:-2 gun:-1 knife:-1 bomb:-3 terror:-3 terrorist:-3 thief:-2 robber:-2 burglary:-2 hack:-2
    hacker:-2 virus:-1 fraud:-2 scam:-2 stranger:-1 alone:-1 dark:-1 lost:-1 storm:-1 flood:-2 riot:-2
  `,
  rights: `
    right:1 rights:2 vote:2 voting:1 elect:1 election:1 democracy:2 democratic:2 protest:1 petition:1
    strike:0 union:1 free_speech:2 speech:0 assemble:1 fair_trial:2 trial:1 equal:2 equality:2
    citizen:1 welfare:1 healthcare:1 education:1 school:0 pension:1 wage:1 minimum_wage:1 asylum:1
    refuge:1 minority:0 inclusion:2 include:1 accessible:1 accommodate:1 represent:1 heard:1
    censor:-2 censorship:-2 imprison:-2 jail:-1 detain:-2 arrest:-1 torture:-3 deport:-2 ban:-2
    banned:-2 disenfranchise:-3 suppress:-2 silence:-2 exclude:-2 excluded:-2 segregate:-3
    segregation:-3 discriminate:-3 discrimination:-3 evict:-2 deny:-1 denied:-1 refuse:-1 revoke:-2
    persecute:-3 oppress:-3 propaganda:-2 crackdown:-2 curfew:-1 surveil:-1 racist:-3 sexist:-3
    exploit:-2 underpay:-2 fire_worker:-2 layoff:-1 strikebreak:-2 bust_union:-2
      free_press:2 journalist:1 lawyer:1 due_process:2 habeas:2 constitution:1 amendment:1 ballot:1
    protester:1 demonstrate:1 demonstration:1 organise:1 organize:1 unionise:2 unionize:2 collective:1
    bargaining:1 housing:1 benefits:1 medical:1 clinic:1 language:1 culture:1 heritage:1 indigenous:1
    immigrant:0 refugee:0 women:0 gay:0 disabled:0 ramp:1 sign_language:1 translate:1 fair_pay:2
    gag_order:-2 blacklist:-2 purge:-3 rig_election:-3 voter_suppression:-3 gerrymander:-2 martial_law:-3
    police_brutality:-3 raid:-1 seize:-2 confiscate:-2 forced_labour:-3 forced_labor:-3 child_labour:-3
    child_labor:-3 sweatshop:-3 slave:-3 harass:-2 hate_speech:-2 slur:-2 bigot:-3 bigotry:-3
  `,
};

/**
 * The lexicon families that speak for each catalogue value (`theory/value`): the head reads their
 * mean as one value-conditioned feature, so "kicked the dog" counts for care–harm and
 * non-maleficence, "lied" for fidelity, "bored" for hedonism. Values with no family of their own
 * (face, humility) get none and rely on the other features.
 */
export const valueFamilies: Readonly<Record<string, readonly MoralFamily[]>> = {
  'duty/beneficence': ['benevolence', 'care'],
  'duty/fidelity': ['honesty'],
  'duty/gratitude': ['benevolence'],
  'duty/justice': ['fairness'],
  'duty/non-maleficence': ['care'],
  'duty/reparation': ['honesty', 'fairness'],
  'duty/self-improvement': ['achievement'],
  'mft/authority-subversion': ['authority'],
  'mft/care-harm': ['care'],
  'mft/fairness-cheating': ['fairness'],
  'mft/liberty-oppression': ['liberty'],
  'mft/loyalty-betrayal': ['loyalty'],
  'mft/sanctity-degradation': ['purity'],
  'pvq/achievement': ['achievement'],
  'pvq/benevolence': ['benevolence'],
  'pvq/conformity': ['authority'],
  'pvq/hedonism': ['hedonism'],
  'pvq/power': ['power'],
  'pvq/security': ['security'],
  'pvq/self-direction': ['liberty'],
  'pvq/stimulation': ['hedonism'],
  'pvq/tradition': ['tradition'],
  'pvq/universalism': ['fairness', 'care'],
  'right/civil-rights': ['rights', 'liberty'],
  'right/cultural-rights': ['rights', 'tradition'],
  'right/economic-rights': ['rights', 'fairness'],
  'right/national-solidarity-rights': ['rights', 'loyalty'],
  'right/political-rights': ['rights', 'liberty'],
  'right/social-group-solidarity-rights': ['rights', 'loyalty'],
  'right/social-rights': ['rights', 'care'],
};
