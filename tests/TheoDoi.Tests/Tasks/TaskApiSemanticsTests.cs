using TheoDoi.Accounts;
using TheoDoi.Tasks;
using static TheoDoi.Tests.Tasks.TaskTestKit;

namespace TheoDoi.Tests.Tasks;

/// <summary>
/// The task API never overwrites blindly: a GET sends the version as ETag, an update must name the
/// version (body or If-Match) and answers the updated task; evidence is created with 201 and a
/// Location, and only on a task.
/// </summary>
public sealed class TaskApiSemanticsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;

    [Fact]
    public async Task An_update_without_a_version_is_refused_with_428_and_changes_nothing()
    {
        var id = await IdOfAsync(App, "3.1");
        var coordinator = await App.ClientAsAsync(Roles.Coordinator);
        var before = (await DetailAsync(coordinator, id)).Task;

        var response = await coordinator.PatchAsync($"/api/v1/tasks/{id}", JsonContent.Create(new { progress = 77 }));

        Assert.Equal((HttpStatusCode)428, response.StatusCode);
        Assert.Equal(before.Progress, (await DetailAsync(coordinator, id)).Task.Progress);
    }

    [Fact]
    public async Task If_match_with_the_etag_of_the_get_updates_and_answers_the_new_resource_and_etag()
    {
        var id = await IdOfAsync(App, "3.2");
        var coordinator = await App.ClientAsAsync(Roles.Coordinator);
        var read = await coordinator.GetAsync($"/api/v1/tasks/{id}");
        var etag = read.Headers.ETag!;

        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/tasks/{id}") { Content = JsonContent.Create(new { progress = 41 }) };
        request.Headers.IfMatch.Add(etag);
        var response = await coordinator.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = (await response.Content.ReadFromJsonAsync<TaskDtos.TaskDetailDto>(Json.Options))!;
        Assert.Equal(41, updated.Task.Progress);
        Assert.NotEqual(etag, response.Headers.ETag);
        Assert.Equal($"\"{updated.Task.Version}\"", response.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task A_stale_if_match_is_412_and_a_stale_body_version_is_409()
    {
        var id = await IdOfAsync(App, "3.3");
        var coordinator = await App.ClientAsAsync(Roles.Coordinator);
        var etag = (await coordinator.GetAsync($"/api/v1/tasks/{id}")).Headers.ETag!;
        var version = (await DetailAsync(coordinator, id)).Task.Version;
        Assert.Equal(HttpStatusCode.OK, (await PatchAsync(coordinator, id, new { progress = 22, version })).StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/tasks/{id}") { Content = JsonContent.Create(new { progress = 33 }) };
        request.Headers.IfMatch.Add(etag);
        var staleHeader = await coordinator.SendAsync(request);
        var staleBody = await PatchAsync(coordinator, id, new { progress = 44, version });

        Assert.Equal(HttpStatusCode.PreconditionFailed, staleHeader.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, staleBody.StatusCode);
        Assert.Equal(22, (await DetailAsync(coordinator, id)).Task.Progress);
    }

    [Fact]
    public async Task Evidence_is_created_with_201_its_id_and_a_location_that_downloads_it()
    {
        var id = await IdOfAsync(App, "6.1");
        var coordinator = await App.ClientAsAsync(Roles.Coordinator);

        var response = await UploadAsync(coordinator, id, "bien-ban.pdf", Pdf(), "Biên bản");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<TaskDtos.EvidenceDto>(Json.Options))!;
        Assert.Equal($"/api/v1/tasks/{id}/evidence/{created.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync(response.Headers.Location)).StatusCode);
    }

    [Fact]
    public async Task Evidence_posted_to_a_plan_group_is_404_and_nothing_is_stored()
    {
        var group = await App.WithDbAsync(db => db.PlanItems.Where(i => i.Kind == global::TheoDoi.Plans.PlanItemKind.Group).Select(i => i.Id).FirstAsync());
        var coordinator = await App.ClientAsAsync(Roles.Coordinator);

        var response = await UploadAsync(coordinator, group, "x.pdf", Pdf());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await App.WithDbAsync(db => db.TaskEvidence.AnyAsync(e => e.PlanItemId == group)));
    }

    [Fact]
    public async Task A_malformed_if_match_is_400()
    {
        var id = await IdOfAsync(App, "3.4");
        var coordinator = await App.ClientAsAsync(Roles.Coordinator);
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/tasks/{id}") { Content = JsonContent.Create(new { progress = 5 }) };
        request.Headers.TryAddWithoutValidation("If-Match", "W/\"1\"");

        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.SendAsync(request)).StatusCode);
    }
}
