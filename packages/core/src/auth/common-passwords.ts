/**
 * Passwords seen most often in leaked lists (international and Chinese), lower case. A password is
 * refused when it is one of these, or one of these followed by digits or symbols ('password2026!'),
 * because guessing tools try exactly those first.
 *
 * One string split on whitespace rather than an array literal, so the list reads as the data it is
 * (about 320 entries) and the formatter keeps it compact.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  `
    !qaz2wsx 000000 00000000 0000000000 0123456789 01234567890 0987654321 111111 11111111 111111111 1111111111
    112233 11223344 121212 123123 123123123 123321 1234 12341234 12345 1234512345 123456 123456123456 1234567
    12345678 123456789 1234567890 1234567890a 12345678910 123456789a 12345678a 123456a 123456abc 1234abcd
    1234qwer 123654 123abc 123qwe 123qwe123 1314520 1357924680 147258 147258369 159357 159753 168168 1a2b3c4d
    1q2w3e4r 1q2w3e4r5t 1qaz1qaz 1qaz2wsx 1qaz2wsx3edc 1qazxsw2 2wsx2wsx 2wsx3edc 5201314 520520 5211314 654321
    666666 66666666 666666666 7777777 888888 88888888 888888888 987654321 9876543210 99999999 a123456 a1234567
    a12345678 a123456789 aa123456 aa12345678 aaaaaa aaaaaaaa aaaaaaaaaa abc abc123 abc12345 abc123456 abcabc
    abcd1234 abcd123456 abcde abcdef abcdefg abcdefgh abcdefghij abcdefghijk access access123 admin admin123
    admin1234 administrator aini1314 aksu aksu123 amanda andrew android angel angel123 apple asd123 asd123456
    asdf1234 asdfasdf asdfgh asdfghjk asdfghjkl ashley autumn baby babygirl banana baseball basketball batman
    beijing butterfly changeme changeme123 charlie cheese chen123456 china123 chinese chocolate company
    company123 computer cookie corvette cowboys daniel database default demo demo123 demo12345 diamond dragon
    eagles example facebook ferrari flower football fortnite freedom gamer gaming ginger golden google guest
    guest123 harley hello hello123 hellokitty hockey huang123456 hunter2 ilovechina iloveyou iloveyou1
    iloveyou123 internet iphone jennifer jessica jordan23 joshua killer lakers letmein letmein123 li123456
    liu123456 login login123 love123 lovely loveme lover master master123 matthew mercedes michael michelle
    microsoft minecraft monkey mustang mylove mypass mypassword mysql naruto nicole nihao nihao123 ninja office
    office123 oracle orange p@ssw0rd p@ssword pa55word pass1234 passport passw0rd password password1
    password123 password1234 password12345 passwordpassword pepper player1 pokemon porsche postgres princess
    purple q1w2e3r4 q1w2e3r4t5 q1w2e3r4t5y6 qazwsx qazwsxedc qazxswedc qq123456 qq1234567 qwe123 qwe123456
    qweasd qweasdzxc qweqwe qwer1234 qwerasdf qwerqwer qwerty qwerty1 qwerty12 qwerty123 qwerty1234
    qwerty123456 qwertyui qwertyuiop robert roblox rockstar root sample samsung school school123 secret
    secret123 server shadow shanghai silver soccer spring starwars student student123 summer sunflower sunshine
    superman superstar system system123 teacher temp temp123 test test123 test1234 testtest thomas toor
    trustno1 university user user123 username wang123456 wangwei welcome welcome1 welcome123 whatever winter
    woaini woaini1314 woaini520 woainima woaiwojia work work123 xinjiang yang123456 yankees yellow zaq12wsx
    zaq1xsw2 zaq1zaq1 zhang123456 zhangwei zhao123456 zxc123 zxc123456 zxcvbn zxcvbnm zxcvbnm123 zxcvbnma
  `
    .trim()
    .split(/\s+/),
);
