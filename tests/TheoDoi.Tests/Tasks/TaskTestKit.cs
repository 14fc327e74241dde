using System.Net.Http.Headers;
using Microsoft.Extensions.Time.Testing;
using TheoDoi.Tasks;

namespace TheoDoi.Tests.Tasks;

/// <summary>Helpers shared by the task tests: a clock at a Việt Nam date, task ids by code.</summary>
internal static class TaskTestKit
{
    /// <summary>A fake clock at the given Việt Nam local time (UTC+7).</summary>
    public static FakeTimeProvider ClockAt(int year, int month, int day, int hour = 9, int minute = 0, int second = 0) =>
        new(new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.FromHours(7)));

    public static Task<int> IdOfAsync(TestApp app, string code) =>
        app.WithDbAsync(db => db.PlanItems.Where(i => i.Code == code).Select(i => i.Id).SingleAsync());

    public static async Task<TaskDtos.TaskDetailDto> DetailAsync(HttpClient client, int id) =>
        (await client.GetFromJsonAsync<TaskDtos.TaskDetailDto>($"/api/v1/tasks/{id}", Json.Options))!;

    /// <summary>PATCH as a client does it: with the ETag the GET returned as If-Match, unless the body names a version.</summary>
    public static async Task<HttpResponseMessage> PatchAsync(HttpClient client, int id, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/tasks/{id}") { Content = JsonContent.Create(body, options: Json.Options) };
        if (body.GetType().GetProperty("version") is null)
        {
            using var read = await client.GetAsync($"/api/v1/tasks/{id}");
            if (read.Headers.ETag is { } etag)
            {
                request.Headers.IfMatch.Add(etag);
            }
        }

        return await client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, int id, string fileName, byte[] content, string? description = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        if (description is not null)
        {
            form.Add(new StringContent(description), "description");
        }

        return client.PostAsync($"/api/v1/tasks/{id}/evidence", form);
    }

    /// <summary>The smallest file every PDF reader accepts as a PDF header.</summary>
    public static byte[] Pdf(string text = "minh chứng") => System.Text.Encoding.UTF8.GetBytes("%PDF-1.4\n% " + text + "\n%%EOF\n");
}
