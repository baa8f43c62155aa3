package org.opencsc.improvement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.opencsc.improvement.Finding;
import org.opencsc.improvement.FindingKind;
import org.opencsc.improvement.Inspection;
import org.opencsc.improvement.InspectionKind;
import org.opencsc.improvement.Inspections;
import org.opencsc.improvement.Judgement;
import org.opencsc.improvement.Meeting;
import org.opencsc.improvement.MeetingKind;
import org.opencsc.improvement.Meetings;
import org.opencsc.security.OpenCscUser;
import org.opencsc.security.Roles;
import org.opencsc.testsupport.OpenCscIT;
import org.opencsc.testsupport.Pages;
import org.opencsc.testsupport.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of inspections with their findings, and the meetings that raise actions: an analyst
 * records an ILACS and its findings, a judgement is refused on a visit, a letter must be https, a
 * board member reads everything but sees no form, and a meeting's page raises an action that names
 * it. Rolled back after each test.
 */
@OpenCscIT
@AutoConfigureMockMvc
@Transactional
class InspectionsAndMeetingsIT {

  static final OpenCscUser ANALYST =
      TestUsers.scoped(Roles.PERFORMANCE_ANALYST, null, null, null, "register-analyst");
  static final OpenCscUser DIRECTOR =
      TestUsers.scoped(Roles.DIRECTOR, null, null, null, "register-director");

  @Autowired MockMvc mvc;
  @Autowired Inspections inspections;
  @Autowired Meetings meetings;

  @Test
  void anAnalystRecordsAnInspectionAndItsFindings() throws Exception {
    String location =
        mvc.perform(
                inspection(
                        "ilacs",
                        "2024-11-15",
                        "",
                        "requires_improvement",
                        "https://reports.example.org/exampleshire-ilacs.pdf")
                    .with(user(ANALYST)))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long id = Long.parseLong(location.substring("/improvement/inspections/".length()));
    mvc.perform(
            post(location + "/findings")
                .param("kind", "priority_action")
                .param("text", "Ensure that children at risk of harm are seen without delay.")
                .with(user(ANALYST))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post(location + "/findings")
                .param("kind", "strength")
                .param("text", "Leaders know their services well.")
                .with(user(ANALYST))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());

    Inspection saved = inspections.inspection(id).orElseThrow();
    assertThat(saved.kind()).isEqualTo(InspectionKind.ILACS);
    assertThat(saved.judgement()).isEqualTo(Judgement.REQUIRES_IMPROVEMENT);
    assertThat(saved.changedBy()).isEqualTo("register-analyst");
    assertThat(inspections.findings(id))
        .extracting(Finding::kind)
        .containsExactly(FindingKind.PRIORITY_ACTION, FindingKind.STRENGTH);

    OpenCscUser board = TestUsers.boardMember();
    Document page = Pages.page(mvc, location, board);
    assertThat(page.select("h1").text()).isEqualTo("ILACS inspection, 15 November 2024");
    assertThat(page.select("#inspection-summary").text())
        .contains("Requires improvement to be good");
    assertThat(page.select("#letter").attr("href"))
        .isEqualTo("https://reports.example.org/exampleshire-ilacs.pdf");
    assertThat(page.select("#findings-table tbody tr").eachText())
        .hasSize(2)
        .first()
        .asString()
        .startsWith("Priority action Ensure that children at risk");
    assertThat(page.select("#finding-form, #edit-inspection")).isEmpty();
    assertThat(Pages.page(mvc, location, ANALYST).select("#finding-form, #edit-inspection"))
        .hasSize(2);

    Document list = Pages.page(mvc, "/improvement/inspections", board);
    assertThat(list.select("#inspection-" + id).text())
        .contains("15 Nov 2024", "ILACS inspection", "Requires improvement to be good", "2");
    assertThat(list.select("#add-inspection")).isEmpty();
  }

  @Test
  void aVisitHasNoJudgementAndALetterMustBeHttps() throws Exception {
    Document page =
        Jsoup.parse(
            mvc.perform(
                    inspection(
                            "focused_visit",
                            "2025-02-30",
                            "Front Door: MASH, Duty and EDT",
                            "good",
                            "http://reports.example.org/letter")
                        .with(user(ANALYST)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));

    assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
        .containsExactly("#inspectedOn", "#judgement", "#letterUrl");
    assertThat(page.select(".govuk-error-summary__list a").eachText())
        .containsExactly(
            "Enter a date as year-month-day, for example 2026-03-31",
            "Only an ILACS inspection has a judgement: choose Not graded",
            "Enter the letter's address starting https://, for example"
                + " https://reports.ofsted.gov.uk/...");
    assertThat(page.select("input#theme").val()).isEqualTo("Front Door: MASH, Duty and EDT");
    assertThat(inspections.inspections()).isEmpty();
  }

  @Test
  void aBoardMemberOrAWorkerCannotRecordAnInspection() throws Exception {
    for (OpenCscUser refused :
        new OpenCscUser[] {TestUsers.boardMember(), TestUsers.socialWorker("W3")}) {
      mvc.perform(inspection("jtai", "2025-01-10", "", "", "").with(user(refused)))
          .andExpect(status().isForbidden());
    }
    assertThat(inspections.inspections()).isEmpty();
  }

  @Test
  void aMeetingRaisesAnActionThatNamesIt() throws Exception {
    String location =
        mvc.perform(
                post("/improvement/meetings")
                    .param("kind", "scrutiny_committee")
                    .param("heldOn", "2025-01-20")
                    .param("title", "Scrutiny committee: children in care")
                    .param("attendees", "Chair\nDirector of Children's Services")
                    .param("decisions", "Asked for data on placement stability by 31 March.")
                    .with(user(DIRECTOR))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long id = Long.parseLong(location.substring("/improvement/meetings/".length()));
    Meeting meeting = meetings.meeting(id).orElseThrow();
    assertThat(meeting.kind()).isEqualTo(MeetingKind.SCRUTINY_COMMITTEE);
    assertThat(meeting.heldOn()).isEqualTo(LocalDate.of(2025, 1, 20));

    Document page = Pages.page(mvc, location, DIRECTOR);
    String raise = page.select("#raise-action").attr("href");
    assertThat(raise).isEqualTo("/improvement/actions/new?meeting=" + id);
    Document form = Pages.page(mvc, raise, DIRECTOR);
    assertThat(form.select("select#meeting option[selected]").val()).isEqualTo(String.valueOf(id));

    // board members read meetings but cannot record them
    Document asBoard = Pages.page(mvc, location, TestUsers.boardMember());
    assertThat(asBoard.select("#meeting-summary").text())
        .contains("Scrutiny committee", "20 January 2025", "placement stability");
    assertThat(asBoard.select("#raise-action, #edit-meeting")).isEmpty();
  }

  private static MockHttpServletRequestBuilder inspection(
      String kind, String date, String theme, String judgement, String letter) {
    return post("/improvement/inspections")
        .param("kind", kind)
        .param("inspectedOn", date)
        .param("theme", theme)
        .param("judgement", judgement)
        .param("letterUrl", letter)
        .with(csrf());
  }
}
