package org.entente.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhenFormatTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "2025                        | 2025",
            "2025-09                     | Sep 2025",
            "2025-09-03                  | 3 Sep 2025",
            "2025-09-03T10:00            | 3 Sep 2025 10:00 UTC",
            "2025-09-03T10:00:00Z        | 3 Sep 2025 10:00:00 UTC",
            "2025-09-03T10:00:05.5       | 3 Sep 2025 10:00:05.500 UTC",
            "2025-09-03T10:00+09:00      | 3 Sep 2025 01:00 UTC",
            "2025-09-03T01:00+05:00      | 2 Sep 2025 20:00 UTC",
            "2025-10-09/2025-10-11       | 9–11 Oct 2025",
            "2025-10-09/2025-11-11       | 9 Oct – 11 Nov 2025",
            "2025-12-30/2026-01-02       | 30 Dec 2025 – 2 Jan 2026",
            "2025-09/2025-11             | Sep–Nov 2025",
            "2025-12/2026-02             | Dec 2025 – Feb 2026",
            "2019/2021                   | 2019–2021",
            "2025/2025-06                | 2025 – Jun 2025",
            "2019?                       | 2019?",
            "2019~                       | c. 2019",
            "2019%                       | c. 2019?",
            "2004-06-~11                 | c. 11 Jun 2004",
            "2004-06~/2004-07?           | c. Jun 2004 – Jul 2004?",
            "197X                        | 1970s",
            "19XX                        | 20th century",
            "20XX                        | 21st century",
            "1XXX                        | 2nd millennium",
            "1950S2                      | 20th century",
            "156X-12-25                  | 1560s",
            "2004-XX                     | 2004",
            "1985-04-XX                  | Apr 1985",
            "-0499                       | 500 BCE",
            "0000                        | 1 BCE",
            "0001                        | 1",
            "-0499-03-15                 | 15 Mar 500 BCE",
            "-01XX                       | 200–101 BCE",
            "000X                        | 1 BCE – 9 CE",
            "-0009/0010                  | 10 BCE – 10 CE",
            "-0109/-0100                 | 110–101 BCE",
            "Y170000002                  | 170,000,002",
            "Y-170000002                 | 170,000,003 BCE",
            "Y171010000S3                | 171,000,000–171,999,999",
            "2001-21                     | Mar–May 2001",
            "2001-24                     | Dec 2001 – Feb 2002",
            "2011/..                     | since 2011",
            "../2019                     | until 2019",
            "2011/                       | from 2011 (end unknown)",
            "/2019                       | until 2019 (start unknown)",
            "'[1667, 1668, 1670..1672]'  | between 1667 and 1672",
            "'{1960, 1961-12}'           | 1960–1961",
            "'[1760-01, 1760-12]'        | between Jan 1760 and Dec 1760",
            "'[1760-01~, 1760-12]'       | c. between Jan 1760 and Dec 1760",
            "'[1667]'                    | 1667?",
    })
    void formats(String text, String expected) throws EdtfException {
        assertEquals(expected, WhenFormat.format(Edtf.parse(text)));
    }

    @Test
    void formatsADateDirectly() throws EdtfException {
        assertEquals("3 Sep 2025", WhenFormat.format(Edtf.parseDate("2025-09-03")));
        assertEquals("c. 2019?", WhenFormat.format(Edtf.parseDate("2019%")));
    }
}
